import { Type } from '@sinclair/typebox';
import { jumpPlayback, pausePlayback, resumePlayback, stopPlayback } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { EmptyResult } from '../gateway-schemas.ts';
import { phoneCommandEndpoint } from './phone-command.ts';

/** CEC §13.1.1.2 pauseplay (ref L65811): AgentMediaEvent_PausePlayDone; nothing playing: 500-003. */
export const pausePlay = phoneCommandEndpoint({ section: '13.1.1.2', name: 'pausePlay', summary: 'Pausing an announcement', method: 'POST', segment: 'pauseplay', stateCode: '500-003', command: pausePlayback });

/** CEC §13.1.1.3 resumeplay (ref L65894): AgentMediaEvent_ResumePlayDone; nothing paused: 500-005. */
export const resumePlay = phoneCommandEndpoint({ section: '13.1.1.3', name: 'resumePlay', summary: 'Resuming an announcement', method: 'POST', segment: 'resumeplay', stateCode: '500-005', command: resumePlayback });

/** CEC §13.1.1.6 stopplay (ref L66150): AgentMediaEvent_StopPlayDone `{cause:1}`; nothing playing: 500-009. */
export const stopPlay = phoneCommandEndpoint({ section: '13.1.1.6', name: 'stopPlay', summary: 'Stopping playing an announcement', method: 'DELETE', segment: 'stopplay', stateCode: '500-009', command: stopPlayback });

/** `{time}`: seconds, 0–2147483647 (Table 13-11, ref L66005); anything else is 000-002. */
const JumpParams = Type.Object({ agentid: Type.String(), time: Type.String({ pattern: '^\\d{1,10}$' }) });
const secondsMax = 2_147_483_647;

function jumpEndpoint(section: string, name: string, summary: string, segment: string, direction: 1 | -1, stateCode: string) {
  return defineEndpoint({
    section,
    name,
    summary,
    method: 'POST',
    path: `/agentgateway/resource/recordplay/{agentid}/${segment}/{time}`,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: JumpParams,
    response: EmptyResult,
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
