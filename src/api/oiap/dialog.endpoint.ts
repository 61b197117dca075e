import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { dialogEnvelope } from './oiap-envelopes.ts';

const body = Type.Object({
  userid: Type.String({ minLength: 1, maxLength: 64 }),
  inaction: Type.Integer({ enum: [7, 8, 9, 11, 12, 13], description: '8 init, 9 after interaction (12 accepted as 9), 11 after transfer, 7 capture, 13 poll' }),
  seat: Type.Optional(Type.String({ maxLength: 8 })),
  inparams: Type.Object({}, { additionalProperties: true }),
  extparams: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

const response = Type.Object({ userid: Type.String(), outaction: Type.Integer(), outparams: Type.Record(Type.String(), Type.String()) });
const errors = ['900001', '900002', '10000002', '10000003', '10000004'];
const gaps = 'seat "ass" (agent assist JSON prompts) and IACmd are accepted but answered as a virtual agent; recordFileName and flow recording are not stored';

/**
 * CEC §10.5 (ref L32850–34089): one dialog turn of the flow bound to `inparams.call_dst_id`. The
 * tenant is the token's (`inparams.auth_token`); the state machine is src/domain/chatbot.
 */
export const dialogV1 = defineEndpoint({
  section: '10.5',
  name: 'crs/process',
  summary: 'Dialog interface: drive one turn of a flow',
  method: 'POST',
  path: '/oifde/rest/crs/process',
  auth: 'C3',
  envelope: dialogEnvelope,
  body,
  response,
  errors,
  gaps,
  async handler({ body, auth, services }) {
    return { ...(await services.chatbot.dialog.process(auth.vdnId!, body)) };
  },
});

/** CEC §10.6 (ref L34091–35322): the same turn, with the tenant's VDN in the path (gray routing). */
export const dialogV2 = defineEndpoint({
  section: '10.6',
  name: 'v2/crs/process',
  summary: 'Dialog interface V2 (VDN in the path)',
  method: 'POST',
  path: '/oifde/rest/v2/crs/process/{vdnid}',
  auth: 'C3',
  envelope: dialogEnvelope,
  params: Type.Object({ vdnid: Type.Integer({ minimum: 1 }) }),
  body,
  response,
  errors,
  gaps: `${gaps}; gray rules are not modelled: every VDN runs the newest released flow version`,
  async handler({ body, params, auth, services }) {
    return { ...(await services.chatbot.dialog.process(auth.vdnId!, body, { vdnid: params.vdnid })) };
  },
});
