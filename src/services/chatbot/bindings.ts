import { CecError } from '../../http/cec-error.ts';
import type { Repositories } from '../../store/index.ts';
import type { OiapNavigationRow } from '../../store/repositories/oiap-config.repository.ts';

/** Table 10-1 codes the configuration rules raise (ref L32302–32330). */
export const configCodes = { invalidParameter: '10000002', notExist: '10000003', alreadyExists: '10000004' } as const;

export interface BindingInput {
  accessCode?: string;
  domainId?: number;
  dialogType: number;
  flowCode: string;
  description?: string;
  source?: string;
  createFlag?: string;
  chatBotName?: string;
  usingRecordService?: number;
}

export interface BindingDeps {
  repos: Repositories;
  nextAccessId(vdnId: number): Promise<number>;
  /** An access code for an OIFDE binding created without one (18 digits, ref L32536). */
  generateAccessCode(): string;
}

/**
 * CEC §10.3.2 (ref L32528–32551) in the OP deployment (decision 1002): an IVR binding needs its
 * access code; an OIFDE binding without one gets a generated code. The flow must exist; an access
 * code is bound once per tenant unless `createFlag` "1" replaces the old binding (import).
 */
export async function createBinding(deps: BindingDeps, vdnId: number, input: BindingInput): Promise<OiapNavigationRow> {
  const source = input.source || 'IVR';
  if (input.description === undefined && input.createFlag === undefined) throw new CecError(configCodes.invalidParameter, 'either description or createFlag must be set');
  if (!input.accessCode && source === 'IVR') throw new CecError(configCodes.invalidParameter, 'accessCode is mandatory for an IVR binding');
  const flows = await deps.repos.oiapConfig.flowVersions(vdnId, input.flowCode);
  if (flows.length === 0) throw new CecError(configCodes.notExist, `flow ${input.flowCode} does not exist`);
  const accessCode = input.accessCode || deps.generateAccessCode();
  const existing = await deps.repos.oiapConfig.navigationByCode(vdnId, accessCode);
  if (existing) {
    if (input.createFlag !== '1') throw new CecError(configCodes.alreadyExists, `accessCode ${accessCode} is already bound`);
    await deps.repos.oiapConfig.deleteNavigations(vdnId, [existing.accessId], []);
  }
  const row: OiapNavigationRow = {
    vdnId,
    accessId: String(await deps.nextAccessId(vdnId)),
    accessCode,
    domainId: input.domainId ?? null,
    dialogType: input.dialogType,
    flowCode: input.flowCode,
    flowName: flows.at(-1)!.flowName,
    description: input.description ?? null,
    source,
    chatBotName: input.chatBotName ?? null,
    usingRecordService: input.usingRecordService ?? 0,
  };
  await deps.repos.oiapConfig.insertNavigation(row);
  return row;
}

/** CEC §10.3.3 (ref L32605–32625): patches a binding found by `accessId`. */
export async function updateBinding(repos: Repositories, vdnId: number, accessId: string, input: Partial<BindingInput> & { dialogType: number }): Promise<void> {
  const current = await repos.oiapConfig.navigationById(vdnId, accessId);
  if (!current) throw new CecError(configCodes.notExist, `accessId ${accessId} does not exist`);
  const patch: Partial<OiapNavigationRow> = { dialogType: input.dialogType };
  if (input.description !== undefined) patch.description = input.description;
  if (input.domainId !== undefined) patch.domainId = input.domainId;
  if (input.source) patch.source = input.source;
  if (input.chatBotName !== undefined) patch.chatBotName = input.chatBotName;
  if (input.usingRecordService !== undefined) patch.usingRecordService = input.usingRecordService;
  if (input.flowCode && input.flowCode !== current.flowCode) {
    const flows = await repos.oiapConfig.flowVersions(vdnId, input.flowCode);
    if (flows.length === 0) throw new CecError(configCodes.notExist, `flow ${input.flowCode} does not exist`);
    patch.flowCode = input.flowCode;
    patch.flowName = flows.at(-1)!.flowName;
  }
  if (input.accessCode && input.accessCode !== current.accessCode) {
    if (await repos.oiapConfig.navigationByCode(vdnId, input.accessCode)) throw new CecError(configCodes.alreadyExists, `accessCode ${input.accessCode} is already bound`);
    patch.accessCode = input.accessCode;
  }
  await repos.oiapConfig.updateNavigation(vdnId, accessId, patch);
}
