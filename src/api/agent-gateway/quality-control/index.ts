import type { ApiEndpoint } from '../../define-endpoint.ts';
import { addInsert } from './add-insert.endpoint.ts';
import { addSupervise } from './add-supervise.endpoint.ts';
import { adjustSkill } from './adjust-skill.endpoint.ts';
import { forceBusyEndpoint } from './force-busy.endpoint.ts';
import { forceDropCall } from './force-drop-call.endpoint.ts';
import { forceIdleEndpoint } from './force-idle.endpoint.ts';
import { forceLogoutAgent } from './force-logout.endpoint.ts';
import { forceRestEndpoint } from './force-rest.endpoint.ts';
import { interceptCall } from './intercept.endpoint.ts';
import { requestStopWhisperAgent } from './request-stop-whisper-agent.endpoint.ts';
import { requestSwitchInsertWhisperAgent } from './request-switch-insert-whisper-agent.endpoint.ts';
import { requestWhisperAgent } from './request-whisper-agent.endpoint.ts';
import { stopSuperviseOrInsert } from './stop-supervise-or-insert.endpoint.ts';
import { switchSuperviseOrInsert } from './switch-supervise-or-insert.endpoint.ts';

/** §12.1 real-time inspection: the inspector's commands on the agents of its tenant (C4). */
export const qualityControlEndpoints: readonly ApiEndpoint[] = [
  addInsert,
  addSupervise,
  interceptCall,
  stopSuperviseOrInsert,
  forceBusyEndpoint,
  forceIdleEndpoint,
  forceLogoutAgent,
  forceDropCall,
  adjustSkill,
  switchSuperviseOrInsert,
  forceRestEndpoint,
  requestWhisperAgent,
  requestStopWhisperAgent,
  requestSwitchInsertWhisperAgent,
];
