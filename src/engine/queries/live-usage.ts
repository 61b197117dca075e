import type { EngineCore } from '../core/index.ts';

/** Media types of the CDRs (13.2.3.8): 5 voice, 53 multimedia (web), 19 video. */
const voiceMedia = 5;
const webMedia = 53;
/** Agent type 11: video agent (5.1.1, Table 12-698). */
const videoAgentType = 11;

/** What one tenant uses now, for the licence view of §12.3.6.8 (Table 12-682). */
export interface LiveUsage {
  signedInAgents: number;
  signedInVideoAgents: number;
  /** Calls in an IVR flow now ("automatic business calls"). */
  ivrCalls: number;
  voiceCalls: number;
  webCalls: number;
}

/** O(agents + calls) of the tenant; reads only. */
export function liveUsage(engine: EngineCore): LiveUsage {
  let signedInVideoAgents = 0;
  for (const agent of engine.agents.values()) if (agent.config.agentType === videoAgentType) signedInVideoAgents += 1;
  let ivrCalls = 0;
  let voiceCalls = 0;
  let webCalls = 0;
  for (const call of engine.calls.values()) {
    if (call.ivr !== null) ivrCalls += 1;
    if (call.mediaType === voiceMedia) voiceCalls += 1;
    if (call.mediaType === webMedia) webCalls += 1;
  }
  return { signedInAgents: engine.agents.size, signedInVideoAgents, ivrCalls, voiceCalls, webCalls };
}

/** The operation each signed-in agent is in now (the open interval of its journal, Table 13-128). */
export function openOperations(engine: EngineCore): { workNo: number; opType: number; beginMs: number }[] {
  const open: { workNo: number; opType: number; beginMs: number }[] = [];
  for (const agent of engine.agents.values()) if (agent.operation) open.push({ workNo: agent.workNo, opType: agent.operation.opType, beginMs: agent.operation.beginMs });
  return open;
}
