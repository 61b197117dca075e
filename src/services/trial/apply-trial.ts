import type { PasswordHasher, SecretSource } from '../../auth/index.ts';
import type { SnowflakeIds } from '../../domain/ids/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { KeyedMutex } from '../../engine/index.ts';
import type { Repositories, Store } from '../../store/index.ts';
import { provisionTenant, TenantSpecError } from '../../tenancy/index.ts';
import type { SimulatedMessaging } from './simulated-messaging.ts';
import { ApplyTrialResult, trialLimits } from './trial-limits.ts';
import { credentialsMail, trialTenantSpec, type TrialAllocation, type TrialApplicant } from './trial-tenant-spec.ts';
import { checkVerifyCode } from './verification-codes.ts';

export interface ApplyTrialDeps {
  store: Store;
  repos: Repositories;
  clock: Clock;
  ids: SnowflakeIds;
  secrets: SecretSource;
  passwords: PasswordHasher;
  tenantLocks: KeyedMutex;
  messaging: SimulatedMessaging;
  /** Phones whose application is in progress: a second one at the same time is a resource conflict (005). */
  applying: Set<string>;
  trialAccessCodes: { first: string; last: string };
  /** Told when the trial tenant exists, so that the engines load it. */
  created(vdnId: number): void;
}

type Result = { code: (typeof ApplyTrialResult)[keyof typeof ApplyTrialResult]; message: string };

const vdnIdMax = 9999;
const workNoMax = 59999;
/** Access codes of the trial range looked at, at most (a wide configured range stays cheap). */
const accessCodesScannedMax = 10_000;

/**
 * CEC §17.3 (decision 1507): checks the §17.2 code, refuses a phone that already has a tenant
 * (004) or when the day's e-mails are used up (205), then provisions the trial tenant through
 * provisionTenant (next free VDN, the next work-number block, a free trial access code or 006)
 * and e-mails the applicant its credentials.
 */
export async function applyTrial(deps: ApplyTrialDeps, applicant: TrialApplicant & { phoneVerifyCode: string }): Promise<Result> {
  if (deps.applying.has(applicant.phone)) return { code: ApplyTrialResult.conflict, message: 'Resource conflict. Try again 1 minute later.' };
  deps.applying.add(applicant.phone);
  try {
    let check;
    try {
      check = await checkVerifyCode(deps, applicant.phone, applicant.phoneVerifyCode);
    } catch {
      return { code: ApplyTrialResult.verificationFailed, message: 'An exception occurs during the verification of the verification code. Contact operations personnel.' };
    }
    if (check === 'missing') return { code: ApplyTrialResult.codeMissing, message: 'The verification code does not exist or has expired. Obtain a new one.' };
    if (check === 'wrong') return { code: ApplyTrialResult.codeWrong, message: 'Incorrect verification code.' };
    if ((await deps.repos.mall.tenantsByPhone(applicant.phone)).length > 0) {
      return { code: ApplyTrialResult.tenantExists, message: 'A tenant in trial commercial use or commercial use already exists. Contact operations personnel.' };
    }
    if ((await deps.messaging.sentToday('email')) >= trialLimits.emailsPerDayMax) return { code: ApplyTrialResult.dailyThreshold, message: 'The number of emails sent today has reached the threshold.' };
    return await deps.tenantLocks.run('tenants', () => provisionTrial(deps, applicant));
  } finally {
    deps.applying.delete(applicant.phone);
  }
}

async function provisionTrial(deps: ApplyTrialDeps, applicant: TrialApplicant): Promise<Result> {
  const conflict: Result = { code: ApplyTrialResult.conflict, message: 'Resource conflict. Try again 1 minute later.' };
  const accessCode = await freeAccessCode(deps.repos, deps.trialAccessCodes);
  if (accessCode === undefined) return { code: ApplyTrialResult.noAccessCode, message: 'There is no voice or multimedia access code for trial use. Contact operations personnel.' };
  const vdns = await deps.repos.vdns.list();
  const allocation: TrialAllocation = {
    vdnId: Math.max(0, ...vdns.map((v) => v.vdnId)) + 1,
    workNoMin: Math.max(100, ...vdns.map((v) => v.workNoMax)) + 1,
    accessCode,
  };
  if (allocation.vdnId > vdnIdMax || allocation.workNoMin + trialLimits.trialWorkNoCount - 1 > workNoMax) return conflict;
  const now = deps.clock.now();
  const { spec, credentials } = trialTenantSpec(applicant, allocation, deps.secrets, now);
  try {
    await provisionTenant(deps, spec);
  } catch (error) {
    if (error instanceof TenantSpecError) return conflict;
    throw error;
  }
  await deps.repos.trial.deleteCode(applicant.phone);
  deps.created(spec.vdnId);
  await deps.messaging.sendEmail(applicant.email, 'Your OpenCEC trial tenant', credentialsMail(credentials));
  return { code: ApplyTrialResult.applied, message: 'success' };
}

/** The first access code of the trial range that no tenant holds. */
async function freeAccessCode(repos: Repositories, range: { first: string; last: string }): Promise<string | undefined> {
  const width = range.first.length;
  const last = BigInt(range.last);
  for (let n = BigInt(range.first), scanned = 0; n <= last && scanned < accessCodesScannedMax; n++, scanned++) {
    const code = n.toString().padStart(width, '0');
    if (!(await repos.numbers.findAccessCodeAnyVdn(code))) return code;
  }
  return undefined;
}
