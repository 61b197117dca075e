import { Type } from '@sinclair/typebox';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/** CEC §12.3.7 (ref, Table 12-684): echoes the request body with `status: "UP"`; signed with C2. */
export const ping = defineEndpoint({
  section: '12.3.7',
  name: 'ping',
  summary: 'Checking cluster health status (C2-signed)',
  method: 'POST',
  path: '/rest/cmsapp/v1/ping',
  auth: 'C2-any',
  envelope: bareEnvelope,
  body: Type.Optional(Type.Object({}, { additionalProperties: true })),
  response: Type.Object({ request: Type.Object({}, { additionalProperties: true }), status: Type.Literal('UP') }),
  handler({ body }) {
    return { request: body ?? {}, status: 'UP' };
  },
});
