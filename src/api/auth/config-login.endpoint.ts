import { Type } from '@sinclair/typebox';
import { verifyPassword } from '../../auth/index.ts';
import { uuidShaped } from '../../auth/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { gatewayEnvelope } from '../../http/envelope/index.ts';
import { limits } from '../../app/limits.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §4.6 (ref L2641–2717): a system or VDN administrator signs in for the configuration
 * interfaces (C5). A VDN administrator's id is 100000 + VDN id (note 01 §4.5 reading of L2675).
 * The GUID is returned in `result.guid` and in the `Guid` response header.
 */
export const configLogin = defineEndpoint({
  section: '4.6',
  name: 'auth (config login)',
  summary: 'C5: configuration administrator sign-in',
  method: 'POST',
  path: '/agentgateway/resource/config/login',
  auth: 'none',
  envelope: gatewayEnvelope,
  body: Type.Object({
    agentId: Type.Integer({ minimum: 1 }),
    password: Type.String({ maxLength: 64 }),
  }),
  response: Type.Object({ result: Type.Object({ guid: Type.String() }) }),
  errors: ['000-002', '100-004'],
  async handler({ body, services, reply }) {
    const admin = await services.repos.credentials.findConfigAdmin(body.agentId);
    if (!admin || !verifyPassword(body.password, admin.passwordHash)) {
      throw new CecError('100-004', 'The user name or password is incorrect.');
    }
    const issued = await services.tokens.issue(
      'C5',
      { vdnId: admin.vdnId, appKey: String(admin.loginId) },
      limits.c5GuidTtlMs,
      () => `${uuidShaped(services.secrets)}.${services.settings.serverName}`,
    );
    reply.header('Guid', issued.token);
    return { message: 'success', result: { guid: issued.token } };
  },
});
