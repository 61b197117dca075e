import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { trialApplyEnvelope } from '../../http/envelope/index.ts';
import { applyTrial, ApplyTrialResult } from '../../services/trial/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §17.3 applyTenant: with the §17.2 code, creates a trial tenant through the tenant machinery
 * and e-mails the applicant its credentials (decision 1507; `/sim/v1/emails` shows the mail). The
 * reply carries `returnCode`/`returnMsg` (Table 17-6) and `retCode`/`retMsg` (the example).
 */
export const applyTenantEndpoint = defineEndpoint({
  section: '17.3',
  name: 'applyTry/applyTenant',
  summary: 'Applying for one-click trial use of a tenant',
  method: 'POST',
  path: '/apiaccess/rest/ipccprovision/v1/applyTry/applyTenant',
  auth: 'none',
  envelope: trialApplyEnvelope,
  body: Type.Object({
    companyName: Type.String({ minLength: 1, maxLength: 128 }),
    phone: Type.String({ minLength: 1, maxLength: 32 }),
    phoneVerifyCode: Type.String({ minLength: 1, maxLength: 16 }),
    email: Type.String({ minLength: 3, maxLength: 128, pattern: '^[^@\\s]+@[^@\\s]+$' }),
  }),
  response: Type.Object({}),
  errors: ['001', '002', '003', '004', '005', '006', '205', '400'],
  async handler({ body, services }) {
    const outcome = await applyTrial(
      {
        store: services.store,
        repos: services.repos,
        clock: services.clock,
        ids: services.ids,
        secrets: services.secrets,
        passwords: services.passwords,
        tenantLocks: services.tenantLocks,
        messaging: services.trial.messaging,
        applying: services.trial.applying,
        trialAccessCodes: services.settings.trialAccessCodes,
        created: (vdnId) => services.configChanges.publish({ vdnId, what: 'tenant' }),
      },
      { companyName: body.companyName.trim(), phone: body.phone.trim(), phoneVerifyCode: body.phoneVerifyCode, email: body.email.trim() },
    );
    if (outcome.code !== ApplyTrialResult.applied) throw new CecError(outcome.code, outcome.message);
    return { message: outcome.message };
  },
});
