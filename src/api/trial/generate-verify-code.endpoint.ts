import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { trialVerifyCodeEnvelope } from '../../http/envelope/index.ts';
import { generateVerifyCode, VerifyCodeResult } from '../../services/trial/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §17.2 generateverifycode: sends a six-digit code by the simulated SMS gateway (decision
 * 1506; `/sim/v1/sms` shows it). `phone` comes bare (the example) or in `requestBody` (Table 17-3).
 * No credential: the Huawei Cloud website calls it for an anonymous visitor (the example sends none).
 */
export const generateVerifyCodeEndpoint = defineEndpoint({
  section: '17.2',
  name: 'applyTry/generateverifycode',
  summary: 'Generating a verification code for one-click trial use',
  method: 'POST',
  path: '/apiaccess/rest/ipccprovision/v1/applyTry/generateverifycode',
  auth: 'none',
  envelope: trialVerifyCodeEnvelope,
  body: Type.Object({ phone: Type.String({ minLength: 1, maxLength: 32 }) }),
  response: Type.Object({}),
  errors: ['201', '202', '204', '205', '400'],
  async handler({ body, services }) {
    const outcome = await generateVerifyCode({ repos: services.repos, clock: services.clock, secrets: services.secrets, messaging: services.trial.messaging }, body.phone.trim());
    if (outcome.code !== VerifyCodeResult.sent) throw new CecError(outcome.code, outcome.message);
    return { message: outcome.message };
  },
});
