import { Type } from '@sinclair/typebox';
import { jumpPlayback, pausePlayback, resumePlayback, stopPlayback } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

const base = { auth: 'C4', envelope: gatewayEnvelope, params: AgentIdParams, response: EmptyResult } as const;

/** CEC §13.1.1.2 pauseplay (ref L65811): AgentMediaEvent_PausePlayDone; nothing playing: 500-003. */
export const pausePlay = defineEndpoint({
  ...base,
  section: '13.1.1.2',
  name: 'pausePlay',
  summary: 'Pausing an announcement',
  method: 'POST',
  path: '/agentgateway/resource/recordplay/{agentid}/pauseplay',
  errors: ['100-006', '100-007', '500-003'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => pausePlayback(engine, workNo), { StateIncorrect: '500-003' });
  },
});

/** CEC §13.1.1.3 resumeplay (ref L65894): AgentMediaEvent_ResumePlayDone; nothing paused: 500-005. */
export const resumePlay = defineEndpoint({
  ...base,
  section: '13.1.1.3',
  name: 'resumePlay',
  summary: 'Resuming an announcement',
  method: 'POST',
  path: '/agentgateway/resource/recordplay/{agentid}/resumeplay',
  errors: ['100-006', '100-007', '500-005'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => resumePlayback(engine, workNo), { StateIncorrect: '500-005' });
  },
});

/** `{time}`: seconds, 0–2147483647 (Table 13-11, ref L66005); anything else is 000-002. */
const JumpParams = Type.Object({ agentid: Type.String(), time: Type.String({ pattern: '^\\d{1,10}$' }) });
const secondsMax = 2_147_483_647;

function jumpEndpoint(section: string, name: string, summary: string, segment: string, direction: 1 | -1, stateCode: string) {
  return defineEndpoint({
    ...base,
    params: JumpParams,
    section,
    name,
    summary,
    method: 'POST',
    path: `/agentgateway/resource/recordplay/{agentid}/${segment}/{time}`,
    errors: ['000-002', '100-006', '100-007', stateCode],
    async handler({ services, request, params }) {
      const seconds = Number(params.time);
      if (seconds > secondsMax) throw gatewayEnvelope.generic('invalidParameter', `time must be 0 to ${secondsMax} seconds`);
      return commandReply(services, request, (engine, workNo) => jumpPlayback(engine, workNo, seconds, direction), { StateIncorrect: stateCode });
    },
  });
}

/** CEC §13.1.1.4 forefast/{time} (ref L65979): AgentMediaEvent_JumpPlayDone; nothing playing: 500-002. */
export const foreFastPlay = jumpEndpoint('13.1.1.4', 'foreFastPlay', 'Fast forwarding', 'forefast', 1, '500-002');
/** CEC §13.1.1.5 backfast/{time} (ref L66066): AgentMediaEvent_JumpPlayDone; nothing playing: 500-001. */
export const backFastPlay = jumpEndpoint('13.1.1.5', 'backFastPlay', 'Rewinding', 'backfast', -1, '500-001');

/** CEC §13.1.1.6 stopplay (ref L66150): AgentMediaEvent_StopPlayDone `{cause:1}`; nothing playing: 500-009. */
export const stopPlay = defineEndpoint({
  ...base,
  section: '13.1.1.6',
  name: 'stopPlay',
  summary: 'Stopping playing an announcement',
  method: 'DELETE',
  path: '/agentgateway/resource/recordplay/{agentid}/stopplay',
  errors: ['100-006', '100-007', '500-009'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => stopPlayback(engine, workNo), { StateIncorrect: '500-009' });
  },
});
