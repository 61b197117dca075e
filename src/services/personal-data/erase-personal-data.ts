import { inTransaction, type Store } from '../../store/index.ts';
import { tenantLockKey } from '../agent-accounts/index.ts';
import { createPersonalDataErasure, type ErasureReport } from './personal-data-eraser.ts';
import { personalDataErasers } from './personal-data-erasers.ts';

export interface PersonalDataDeps {
  readonly store: Store;
  readonly tenantLocks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
}

/**
 * CEC §5.1.13 (ref L3961–4038): erases the numbers from every registered store of the tenant, in
 * one transaction under the tenant's lock, before the interface answers (decision 0107).
 */
export function erasePersonalData(deps: PersonalDataDeps, vdnId: number, numbers: readonly string[]): Promise<ErasureReport> {
  return deps.tenantLocks.run(tenantLockKey(vdnId), () => inTransaction(deps.store, (repos) => createPersonalDataErasure(personalDataErasers(repos)).erase(vdnId, numbers)));
}
