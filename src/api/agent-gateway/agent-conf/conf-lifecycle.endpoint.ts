import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { answerConference, conferenceMembersMax, conferenceMinutesMax, leaveConference, rejectConference, releaseConference, requestConference } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { chairErrors, confBase, PlayMode, VoicePath } from './conf-command.ts';

/** Table 6-276. */
const ConferenceBody = Type.Object({
  memberNum: Type.Integer({ minimum: 1, maximum: conferenceMembersMax }),
  confCallerNo: Type.Optional(Type.String({ maxLength: 24 })),
  time: Type.Optional(Type.Integer({ minimum: 4, maximum: conferenceMinutesMax })),
  promptTime: Type.Optional(Type.Integer({ minimum: 3, maximum: conferenceMinutesMax })),
  beepTone: Type.Optional(Type.Boolean()),
  playMode: PlayMode,
  voicePath: Type.Optional(Type.String({ maxLength: 127 })),
});

/**
 * CEC §6.1.6.1 requestagentconf: the agent applies for a conference and becomes its chair; the
 * outcome comes as events (AgentConf_RequestSuccess or AgentConf_RequestFailed). Already in a
 * conference: 101-003 (Table 6-449). `voicePath` is required when `beepTone` is true (000-002).
 */
export const requestAgentConf = defineEndpoint({
  section: '6.1.6.1',
  name: 'requestAgentConf',
  summary: 'Applying for an agent conference',
  method: 'POST',
  path: `${confBase}/requestagentconf`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: ConferenceBody,
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '101-003'],
  gaps: 'The VDN has no concurrent-voice-call limit in OpenCEC, so memberNum is bounded by 120 only (CTI 21203 is never returned).',
  async handler({ body, services, request }) {
    if (body.beepTone && !body.voicePath) throw new CecError('000-002', 'voicePath is required when beepTone is true.');
    return commandReply(services, request, (engine, workNo) =>
      requestConference(engine, workNo, { memberNum: body.memberNum, confCallerNo: body.confCallerNo ?? '', timeMin: body.time ?? 60, promptTimeMin: body.promptTime ?? 3, beepTone: body.beepTone ?? false, voicePath: body.voicePath ?? null }),
    );
  },
});

const noBody = (section: string, name: string, summary: string, path: string, errors: string[], command: typeof answerConference) =>
  defineEndpoint({
    section,
    name,
    summary,
    method: 'POST',
    path: `${confBase}/${path}`,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    response: EmptyResult,
    errors,
    async handler({ services, request }) {
      return commandReply(services, request, (engine, workNo) => command(engine, workNo));
    },
  });

/** CEC §6.1.6.2 answeragentconf: the invited agent joins (AgentConf_SelfJoinResult); no invitation ringing: 101-001. */
export const answerAgentConf = noBody('6.1.6.2', 'answerAgentConf', 'Answering an agent conference call', 'answeragentconf', ['000-002', '100-006', '100-007', '101-001'], answerConference);
/** CEC §6.1.6.3 rejectagentconf: the invited agent declines (PhoneRelease, AgentState_Ready); no invitation: 101-001. */
export const rejectAgentConf = noBody('6.1.6.3', 'rejectAgentConf', 'Rejecting an agent conference call', 'rejectagentconf', ['000-002', '100-006', '100-007', '101-001'], rejectConference);
/** CEC §6.1.6.4 requestleaveagentconf: a participant leaves; none: 101-001; the chair: 101-007. */
export const requestLeaveAgentConf = noBody('6.1.6.4', 'requestLeaveAgentConf', 'Leaving an agent conference', 'requestleaveagentconf', ['000-002', '100-006', '100-007', '101-001', '101-007'], leaveConference);
/** CEC §6.1.6.5 releaseagentconf: the chair ends the conference for everyone. */
export const releaseAgentConf = noBody('6.1.6.5', 'releaseAgentConf', 'Releasing an agent conference', 'releaseagentconf', chairErrors, releaseConference);
