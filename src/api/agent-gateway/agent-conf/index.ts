import type { ApiEndpoint } from '../../define-endpoint.ts';
import { answerAgentConf, rejectAgentConf, releaseAgentConf, requestAgentConf, requestLeaveAgentConf } from './conf-lifecycle.endpoint.ts';
import { applyToShiftPresident, batchAddParticipant, batchRemoveParticipant, changeParticipantModeEndpoint, holdParticipantEndpoint, unholdParticipantEndpoint } from './conf-participants.endpoint.ts';
import { modifyConfResource, prolongTime, queryConfInfos, queryVdnConfId } from './conf-resources.endpoint.ts';
import { playVoiceToConf, playVoiceToParticipant, stopVoiceToConf, stopVoiceToParticipant } from './conf-voice.endpoint.ts';

/** §6.1.6: agent conferences (C4), the 19 interfaces in the reference's order. */
export const agentConfEndpoints: readonly ApiEndpoint[] = [
  requestAgentConf,
  answerAgentConf,
  rejectAgentConf,
  requestLeaveAgentConf,
  releaseAgentConf,
  holdParticipantEndpoint,
  unholdParticipantEndpoint,
  prolongTime,
  applyToShiftPresident,
  batchAddParticipant,
  batchRemoveParticipant,
  changeParticipantModeEndpoint,
  playVoiceToConf,
  stopVoiceToConf,
  playVoiceToParticipant,
  stopVoiceToParticipant,
  modifyConfResource,
  queryConfInfos,
  queryVdnConfId,
];
