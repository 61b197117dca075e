import type { ApiEndpoint } from '../define-endpoint.ts';
import { pollEvents } from './agent-event/poll-events.endpoint.ts';
import { agentStatus } from './online-agent/agent-status.endpoint.ts';
import { handshake } from './online-agent/handshake.endpoint.ts';
import { forceLogin, login, loginEx } from './online-agent/sign-in.endpoint.ts';
import { forceLogout, forceLogoutWithReason, logout } from './online-agent/sign-out.endpoint.ts';
import { updateGuid } from './online-agent/update-guid.endpoint.ts';
import { queryAgentSkills, queryAgentSkillsByWorkNo } from './online-agent/agent-skills.endpoint.ts';
import { setAgentAutoAnswer, setAgentAutoEnterIdle, setTalkRightEndpoint } from './online-agent/agent-settings.endpoint.ts';
import { cancelSetCustomState, queryCustomState, setCustomStateEndpoint } from './online-agent/custom-state.endpoint.ts';
import { loginInfo } from './online-agent/login-info.endpoint.ts';
import { modifyAccountPwdEx } from './online-agent/modify-password.endpoint.ts';
import { sendNoteletEx } from './online-agent/note.endpoint.ts';
import { resetSkill } from './online-agent/reset-skill.endpoint.ts';
import { syncAgentInfo } from './online-agent/sync-agent-info.endpoint.ts';
import { cancelBusy, cancelRest, cancelWork, rest, sayBusy, sayFree, sayWork } from './online-agent/work-state.endpoint.ts';
import { answerCall } from './voice-call/answer.endpoint.ts';
import { calloutEndpoint } from './voice-call/callout.endpoint.ts';
import { releaseCall } from './voice-call/release.endpoint.ts';
import { previewCalloutEndpoint } from './voice-call/preview-callout.endpoint.ts';
import { callInnerEndpoint } from './voice-call/call-inner.endpoint.ts';
import { innerHelpEndpoint } from './voice-call/inner-help.endpoint.ts';
import { beginMuteCall, endMuteCall } from './voice-call/mute.endpoint.ts';
import { connectHoldCall, getHoldCall, holdCall } from './voice-call/hold.endpoint.ts';
import { cancelTransferCall, transferCall } from './voice-call/transfer.endpoint.ts';
import { secondDialEx, thirdPartyConfTransmitNum } from './voice-call/second-dial.endpoint.ts';
import { confJoinCall } from './voice-call/conf-join.endpoint.ts';
import { disconnectNumber, dropCall } from './voice-call/drop-call.endpoint.ts';
import { adjustVideoModeCall, mediaSwitchCall } from './voice-call/media-switch.endpoint.ts';
import { phoneHangupCall, phonePickupCall, rejectCall, requestAppointedCall, snatchPickupCall } from './voice-call/ringing-call.endpoint.ts';
import { callDataEndpoints } from './call-data/index.ts';
import { queueDeviceEndpoints } from './queue-device/index.ts';
import { agentGroupEndpoints } from './agent-group/index.ts';
import { legacyGatewayEndpoints } from './legacy/index.ts';
import { qualityControlEndpoints } from './quality-control/index.ts';
import { recordPlayEndpoints } from './recordplay/index.ts';
import { recordFileEndpoints } from './recordfile/index.ts';
import { mediaCallEndpoints } from './media-call/index.ts';
import { agentConfEndpoints } from './agent-conf/index.ts';

/** Chapter 6.1: the agent gateway (C4): sessions, states, events, call control; and §12.1, the inspector's. */
export const agentGatewayEndpoints: readonly ApiEndpoint[] = [
  login,
  forceLogin,
  loginEx,
  handshake,
  sayFree,
  sayBusy,
  cancelBusy,
  rest,
  cancelRest,
  sayWork,
  cancelWork,
  logout,
  forceLogout,
  forceLogoutWithReason,
  agentStatus,
  updateGuid,
  sendNoteletEx,
  queryAgentSkills,
  queryAgentSkillsByWorkNo,
  setAgentAutoAnswer,
  resetSkill,
  modifyAccountPwdEx,
  setAgentAutoEnterIdle,
  setTalkRightEndpoint,
  syncAgentInfo,
  loginInfo,
  setCustomStateEndpoint,
  queryCustomState,
  cancelSetCustomState,
  calloutEndpoint,
  answerCall,
  releaseCall,
  previewCalloutEndpoint,
  callInnerEndpoint,
  innerHelpEndpoint,
  beginMuteCall,
  endMuteCall,
  holdCall,
  connectHoldCall,
  getHoldCall,
  transferCall,
  cancelTransferCall,
  secondDialEx,
  confJoinCall,
  dropCall,
  disconnectNumber,
  mediaSwitchCall,
  adjustVideoModeCall,
  requestAppointedCall,
  snatchPickupCall,
  rejectCall,
  phonePickupCall,
  phoneHangupCall,
  thirdPartyConfTransmitNum,
  pollEvents,
  ...callDataEndpoints,
  ...queueDeviceEndpoints,
  ...agentGroupEndpoints,
  ...legacyGatewayEndpoints,
  ...qualityControlEndpoints,
  ...recordPlayEndpoints,
  ...recordFileEndpoints,
  ...mediaCallEndpoints,
  ...agentConfEndpoints,
];
