import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { fail, setCallNums } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/** Media types of Table 6-264 (ref L13979): text chat, click-to-dial, callback, voice, outbound, message, video, web and social chat. */
const sessionMediaTypes = new Set([1, 2, 4, 5, 15, 16, 17, 19, 51, 53]);
const shortMax = 32_767;

/**
 * CEC §6.1.5.2 setcallnums (ref L13936–14016): how many sessions of a media type the agent takes
 * at once (1–60). For the chat media types it is the agent's chat capacity in the ACD.
 */
export const setCallNumsEndpoint = defineEndpoint({
  section: '6.1.5.2',
  name: 'setcallnums',
  summary: 'Setting the maximum number of multimedia sessions',
  method: 'POST',
  path: '/agentgateway/resource/mediacall/{agentid}/setcallnums',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ mediaType: Type.Union([Type.String({ maxLength: 16 }), Type.Integer()]), callnums: Type.Union([Type.String({ maxLength: 16 }), Type.Integer()]) }),
  response: Type.Object({}),
  errors: ['100-006', '106-008', '106-012', '106-003'],
  async handler({ body, services, request }) {
    const { engine, workNo } = signedInEngine(request);
    const mediaType = Number(body.mediaType);
    const callnums = Number(body.callnums);
    await runCommand(services, engine, () => {
      if (!sessionMediaTypes.has(mediaType)) return fail('ChatChannelIncorrect', `mediaType ${String(body.mediaType)}`);
      if (!Number.isInteger(callnums) || callnums < -shortMax - 1 || callnums > shortMax) return fail('ChatShortRange', `callnums ${String(body.callnums)}`);
      // The chat media types share one capacity in the ACD (decision 1101).
      return setCallNums(engine, workNo, [1, 51, 53].includes(mediaType) ? 53 : mediaType, callnums);
    });
    return { message: 'success' };
  },
});
