import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { adjustVideoMode, mediaSwitch } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/** A lenient integer: "3", 3 and " 3 " are 3; anything else is NaN for the engine to refuse. */
const integerOf = (value: unknown, absent: number): number => {
  if (value === undefined || value === null || value === '') return absent;
  const text = String(value).trim();
  return /^-?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
};

/**
 * CEC §6.1.2.18 mediaswitch?mediaType=1|3 (Table 6-164): a video agent switches its voice call to
 * video (mediaType absent: 3, the documented example). Its codes only (Table 6-166 lists no
 * others): 200-027 no call, 200-028 media type, 200-029 call type, 200-030 the switch failed;
 * on the simulated voice network a switch to video is refused by the far end (decision 0412).
 */
export const mediaSwitchCall = defineEndpoint({
  section: '6.1.2.18',
  name: 'mediaSwitch',
  summary: 'Switching between voice and video calls',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/mediaswitch?mediaType=3',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ mediaType: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['200-027', '200-028', '200-029', '200-030'],
  async handler({ query, services, request }) {
    return commandReply(services, request, (engine, workNo) => mediaSwitch(engine, workNo, integerOf(query.mediaType, 3)));
  },
});

/**
 * CEC §6.1.2.19 adjustvideomode {mode 0–3} (Table 6-169): the layout of a three-party video call.
 * Its codes only: 200-031 mode, 200-032 no call, 200-033 not a three-party video call, 200-034
 * call state (held).
 */
export const adjustVideoModeCall = defineEndpoint({
  section: '6.1.2.19',
  name: 'adjustVideoMode',
  summary: 'Controlling the image display mode of a three-party video call',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/adjustvideomode',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ mode: Type.Optional(Type.Unknown()) }),
  response: EmptyResult,
  errors: ['200-031', '200-032', '200-033', '200-034', '200-035'],
  async handler({ body, services, request }) {
    return commandReply(services, request, (engine, workNo) => adjustVideoMode(engine, workNo, integerOf(body.mode, Number.NaN)));
  },
});
