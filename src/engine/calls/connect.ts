import { incomingCallInfoContent, talkingContent } from '../../domain/events/index.ts';
import type { EngineCore, AgentLeg, AgentRuntime, Call } from '../core/index.ts';
import { startRecording } from '../records/index.ts';
import { scheduleCustomerTalk } from './customer-behaviour.ts';
import { refreshCallOperation } from './call-operation.ts';
import { callView } from './call-parties.ts';

/**
 * The agent talks: AgentEvent_Talking, then for a call that came through a skill queue
 * AgentEvent_Incoming_CallInfo (6.1.2.21's order), then the recording starts.
 */
export function connectAgent(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void {
  const now = engine.now();
  leg.state = 'talking';
  leg.sinceMs = now;
  leg.answeredAtMs ??= now;
  leg.cdr.callBeginMs ??= now;
  engine.emit(agent.workNo, 'AgentEvent_Talking', talkingContent(callView(call), leg.type));
  if (call.feature === 0 && call.currentSkillId !== null) {
    const skill = engine.config.skills.get(call.currentSkillId);
    engine.emit(
      agent.workNo,
      'AgentEvent_Incoming_CallInfo',
      incomingCallInfoContent({
        callId: call.callId,
        skillName: skill?.name ?? '',
        skillId: call.currentSkillId,
        caller: call.caller,
        called: call.called,
        lastReleaseAgentId: call.lastReleaseAgentId,
        mediaType: skill?.mediaTypeId ?? call.mediaType,
        releaseAndReQueueCount: call.requeueCount,
        releaseAndReQueueCallFlag: call.requeueCount > 0 ? 1 : 0,
      }),
    );
    agent.statistics.answerCount += 1;
  }
  // A transferred call counts once for the agent that answers it (Table 6-233 transfernums).
  if (call.transferredFrom !== null) {
    if (call.transferredFrom !== String(agent.workNo)) agent.statistics.transferInCount += 1;
    call.transferredFrom = null;
  }
  startRecording(engine, agent, call, leg);
  refreshCallOperation(engine, agent);
  engine.output.fact('connected', { callId: call.callId, workNo: agent.workNo });
  engine.reactions.agentConnected(engine, agent, call, leg);
  scheduleCustomerTalk(engine, call);
  call.observer?.('connected');
}

