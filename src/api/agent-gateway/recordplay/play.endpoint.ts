import { Type } from '@sinclair/typebox';
import { startPlayback } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply, signedInEngine } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { playRate, playSource } from './play-source.ts';

const digits5 = Type.String({ pattern: '^\\d{1,5}$' });

/** Table 13-3 (ref L65752): `voicepath` ≤ 100 characters; the misspelt `startpostion` is the wire name. */
const PlayBody = Type.Object({
  voicepath: Type.String({ minLength: 1, maxLength: 100 }),
  startpostion: Type.Optional(Type.Integer({ minimum: 0 })),
  volumechange: Type.Optional(digits5),
  speedchange: Type.Optional(digits5),
  times: Type.Optional(Type.Integer()),
  codeformat: Type.Optional(Type.Integer()),
  locationId: Type.Optional(Type.Integer()),
});

/**
 * CEC §13.1.1.1 play (ref L65700): plays a recording on the agent's phone; events follow on the
 * Clock (AgentMediaEvent_Play, _Play_Succ or _Play_Fail, StopPlayDone at the file's end). `times`
 * other than 1 counts as 1 (Table 13-3); `codeformat` has one value.
 */
export const beginPlay = defineEndpoint({
  section: '13.1.1.1',
  name: 'beginPlay',
  summary: 'Starting playing an announcement',
  method: 'PUT',
  path: '/agentgateway/resource/recordplay/{agentid}/play',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: PlayBody,
  keyAliases: { startpostion: ['startposition'] },
  response: EmptyResult,
  errors: ['100-006', '100-007', '500-007'],
  async handler({ services, request, body }) {
    const { engine } = signedInEngine(request);
    const source = await playSource(services, engine.vdnId, body.voicepath);
    const play = { fileName: body.voicepath, durationMs: source.durationMs, startMs: (body.startpostion ?? 0) * 1_000, rate: playRate(body.speedchange), times: 1 };
    return commandReply(services, request, (e, workNo) => startPlayback(e, workNo, play), { StateIncorrect: '500-007' });
  },
});

/** Table 13-36 (ref L66662): `cclid` is mandatory; `locationId` 0–65535 (the example sends -1). */
const NetPlayBody = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 100 }),
  position: Type.Optional(Type.Integer({ minimum: 0 })),
  playTime: Type.Optional(Type.Integer()),
  fileFormat: Type.Optional(Type.Integer()),
  cclid: Type.Integer(),
  locationId: Type.Optional(Type.Integer({ minimum: -1, maximum: 65535 })),
});

/**
 * CEC §13.1.1.11 netplay (ref L66606): play as in a networked call center. `playTime` 0 loops
 * until stopplay, anything but 0 plays once; a recording of another VDN is 100-018 (the reference's
 * "VDN of agent sign-in differs from VDN for voice playing", Table 6-449).
 */
export const beginNetPlay = defineEndpoint({
  section: '13.1.1.11',
  name: 'beginNetPlay',
  summary: 'Playing network call recordings',
  method: 'POST',
  path: '/agentgateway/resource/recordplay/{agentid}/netplay',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: NetPlayBody,
  keyAliases: { cclid: ['ccId'] },
  response: EmptyResult,
  errors: ['100-006', '100-007', '100-018', '500-007'],
  async handler({ services, request, body }) {
    const { engine } = signedInEngine(request);
    const source = await playSource(services, engine.vdnId, body.fileName);
    if (source.otherTenant) throw new CecError('100-018', 'The VDN of the agent differs from the VDN of the voice file.');
    const play = { fileName: body.fileName, durationMs: source.durationMs, startMs: (body.position ?? 0) * 1_000, rate: 1, times: body.playTime === 0 ? Infinity : 1 };
    return commandReply(services, request, (e, workNo) => startPlayback(e, workNo, play), { StateIncorrect: '500-007' });
  },
});
