import { Type } from '@sinclair/typebox';
import { safeEqual } from '../../auth/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { oiapEnvelope } from '../../http/envelope/index.ts';
import { limits } from '../../app/limits.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/** CEC §4.4 (ref L2535–2611): OIAP token for the chatbot interfaces (C3). */
export const getToken = defineEndpoint({
  section: '4.4',
  name: 'gettoken',
  summary: 'C3: obtain an OIAP authToken',
  method: 'POST',
  path: '/oifde/rest/api/gettoken',
  auth: 'none',
  envelope: oiapEnvelope,
  body: Type.Object({
    appKey: Type.String({ minLength: 1, maxLength: 128 }),
    appSecret: Type.String({ minLength: 1, maxLength: 256 }),
  }),
  response: Type.Object({ authToken: Type.String(), expireTime: Type.Integer({ description: 'seconds' }) }),
  errors: ['100001'],
  async handler({ body, services }) {
    const credential = await services.repos.credentials.findAppCredential('oiap', body.appKey);
    if (!credential || !safeEqual(credential.appSecret, body.appSecret)) {
      throw new CecError('100001', 'appKey or appSecret is incorrect');
    }
    const issued = await services.tokens.issue('C3', { vdnId: credential.vdnId, appKey: credential.appKey }, limits.c3TokenTtlSeconds * 1000);
    return { errorMsg: '', authToken: issued.token, expireTime: limits.c3TokenTtlSeconds };
  },
});
