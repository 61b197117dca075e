import type { ApiEndpoint } from '../define-endpoint.ts';
import { pollEvents } from './agent-event/poll-events.endpoint.ts';
import { agentStatus } from './online-agent/agent-status.endpoint.ts';
import { handshake } from './online-agent/handshake.endpoint.ts';
import { forceLogin, login, loginEx } from './online-agent/sign-in.endpoint.ts';
import { forceLogout, forceLogoutWithReason, logout } from './online-agent/sign-out.endpoint.ts';
import { updateGuid } from './online-agent/update-guid.endpoint.ts';
import { cancelBusy, cancelRest, cancelWork, rest, sayBusy, sayFree, sayWork } from './online-agent/work-state.endpoint.ts';
import { answerCall } from './voice-call/answer.endpoint.ts';
import { calloutEndpoint } from './voice-call/callout.endpoint.ts';
import { releaseCall } from './voice-call/release.endpoint.ts';

/** Chapter 6.1: the agent gateway (C4): sessions, states, events, call control. */
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
  calloutEndpoint,
  answerCall,
  releaseCall,
  pollEvents,
];
