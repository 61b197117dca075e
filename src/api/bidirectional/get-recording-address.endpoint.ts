import { Type } from '@sinclair/typebox';
import { recordingAddress } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { bidirectionalEnvelope, tenantOfCredential, valueOf } from './bidirectional-errors.ts';

/**
 * CEC §6.2.5 getRecordingAddress (ref L17088–17186): a temporary URL of a bidirectional call's
 * recording, which this server answers (ext.mobile-agent-recording). The table types retCode as a
 * Number; the example sends "0", as the family does (note 03 §3.1).
 */
export const getRecordingAddressEndpoint = defineEndpoint({
  section: '6.2.5',
  name: 'getRecordingAddress',
  summary: 'Obtaining the recording file URL',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/mobileAgent/getRecordingAddress',
  auth: 'C1',
  envelope: bidirectionalEnvelope,
  body: Type.Object({ callSerialNo: Type.Optional(Type.String()) }),
  invalidParameterCode: '5',
  response: Type.Object({ result: Type.Object({ url: Type.String({ maxLength: 200 }) }) }),
  errors: ['12', '5'],
  async handler({ body, auth, services, request }) {
    const origin = `${request.protocol}://${request.headers.host ?? `${services.settings.serviceHost}:${services.settings.servicePort}`}`;
    return { retMsg: 'success', result: valueOf(await recordingAddress(services, tenantOfCredential(auth), body.callSerialNo, origin, services.clock.now())) };
  },
});
