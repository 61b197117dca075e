export { SimulatedMessaging } from './simulated-messaging.ts';
export { generateVerifyCode, checkVerifyCode, type VerificationDeps } from './verification-codes.ts';
export { applyTrial, type ApplyTrialDeps } from './apply-trial.ts';
export { trialLimits, VerifyCodeResult, ApplyTrialResult } from './trial-limits.ts';
