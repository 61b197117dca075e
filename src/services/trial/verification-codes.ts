import type { SecretSource } from '../../auth/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { SimulatedMessaging } from './simulated-messaging.ts';
import { trialLimits, VerifyCodeResult } from './trial-limits.ts';

/** A number an SMS gateway can reach: E.164 allows at most 15 digits (decision 1506). */
const mobileNumber = /^\+?[0-9]{7,15}$/;

export interface VerificationDeps {
  repos: Repositories;
  clock: Clock;
  secrets: SecretSource;
  messaging: SimulatedMessaging;
}

/**
 * CEC §17.2: one live code per phone number, six digits, for trialLimits.verifyCodeLifetimeMs on
 * the Clock (decision 1506). A number no SMS can reach 202; a live code 201; the day's SMS
 * threshold 205; the gateway down 204 (the code is not kept, so the applicant may ask again).
 */
export async function generateVerifyCode(deps: VerificationDeps, phone: string): Promise<{ code: (typeof VerifyCodeResult)[keyof typeof VerifyCodeResult]; message: string }> {
  if (!mobileNumber.test(phone)) return { code: VerifyCodeResult.codeNotSent, message: 'The SMS verification code fails to be sent: the phone number cannot receive SMS messages.' };
  const now = deps.clock.now();
  const live = await deps.repos.trial.findCode(phone);
  if (live && live.expiresAtMs > now) return { code: VerifyCodeResult.exists, message: 'The verification code already exists. Send it later.' };
  if ((await deps.messaging.sentToday('sms')) >= trialLimits.smsPerDayMax) return { code: VerifyCodeResult.dailyThreshold, message: 'The number of messages sent today has reached the threshold.' };
  const code = String(parseInt(deps.secrets.hex(4), 16) % 1_000_000).padStart(6, '0');
  const minutes = trialLimits.verifyCodeLifetimeMs / 60_000;
  await deps.repos.trial.putCode({ phone, code, createdAtMs: now, expiresAtMs: now + trialLimits.verifyCodeLifetimeMs, failedAttempts: 0 });
  if (!(await deps.messaging.sendSms(phone, `Your OpenCEC trial verification code is ${code}. It is valid for ${minutes} minutes.`))) {
    await deps.repos.trial.deleteCode(phone);
    return { code: VerifyCodeResult.smsNotSent, message: 'The SMS message fails to be sent. Contact operations personnel.' };
  }
  return { code: VerifyCodeResult.sent, message: 'The short message is sent successfully.' };
}

export type CodeCheck = 'match' | 'missing' | 'wrong';

/** Checks an applicant's code; wrong codes count, and the last allowed failure withdraws the code. */
export async function checkVerifyCode(deps: Pick<VerificationDeps, 'repos' | 'clock'>, phone: string, code: string): Promise<CodeCheck> {
  const row = await deps.repos.trial.findCode(phone);
  if (!row || row.expiresAtMs <= deps.clock.now()) return 'missing';
  if (row.code === code.trim()) return 'match';
  if (row.failedAttempts + 1 >= trialLimits.verifyCodeFailuresMax) await deps.repos.trial.deleteCode(phone);
  else await deps.repos.trial.countFailedAttempt(phone);
  return 'wrong';
}
