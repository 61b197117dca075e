import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { callInformation, contactRecord, type SystemCallOutcome } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOfCredential } from './bidirectional-errors.ts';

const text = Type.String({ minLength: 1, maxLength: 64 });

/**
 * 6.2.11 and 6.2.12 reply with the bare record (note 03 §3.1 E2): no code field at all. A request
 * that names no call of the caller's tenant is a "business failure" (HTTP 500, ref L17815).
 */
function bare(outcome: SystemCallOutcome<Record<string, unknown>>): Record<string, unknown> {
  if (!outcome.ok) throw new CecError('500', outcome.message, { httpStatus: 500 });
  return outcome.value;
}

/** CEC §6.2.11 queryUserContactLimit (ref L17737–17835). */
export const queryUserContactLimitEndpoint = defineEndpoint({
  section: '6.2.11',
  name: 'queryUserContactLimit',
  summary: 'Querying contact records',
  method: 'POST',
  path: '/apiaccess/rest/workbench/v1/queryUserContactLimit',
  auth: 'C1',
  envelope: bareEnvelope,
  body: Type.Object({ callId: text, userId: text, tenantId: text }),
  response: Type.Record(Type.String(), Type.Unknown()),
  errors: ['400', '500'],
  // No interface of the reference files a session reason: talkReason appears only in this reply (ref L17781, L17830).
  gaps: 'talkReason is never reported: no interface of the reference files a session reason (the workbench UI does), so none is recorded',
  async handler({ body, auth, services }) {
    const vdnId = tenantOfCredential(auth);
    return bare(await contactRecord(services.repos, await services.cti.registry.get(vdnId), vdnId, body));
  },
});

/** CEC §6.2.12 queryCallInfoByCallId (ref L17837–17937). */
export const queryCallInfoByCallIdEndpoint = defineEndpoint({
  section: '6.2.12',
  name: 'queryCallInfoByCallId',
  summary: 'Querying call information',
  method: 'POST',
  path: '/apiaccess/rest/workbench/v1/queryCallInfoByCallId',
  auth: 'C1',
  envelope: bareEnvelope,
  body: Type.Object({ callId: text, userId: text, tenantId: text, agentId: text }),
  response: Type.Record(Type.String(), Type.Unknown()),
  errors: ['400', '500'],
  async handler({ body, auth, services }) {
    const vdnId = tenantOfCredential(auth);
    return bare(await callInformation(services.repos, await services.cti.registry.get(vdnId), vdnId, body));
  },
});
