import { Type } from '@sinclair/typebox';
import type { TenantEngine } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import type { RealtimeStatistics } from '../../../stats/realtime/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, secondsSince, skillIdsSchema, vdnBody, wholeSeconds } from '../realtime-request.ts';
import { skillLive } from './skill-live.ts';

const average = (totalMs: number, n: number) => (n === 0 ? 0 : wholeSeconds(totalMs / n));

/**
 * Table 12-424: agent counts of the skill now, and its calls of the current 5 minutes (decision
 * 0808). `totalCallNums` = conversations that ended in the window plus the calls in handling now;
 * `maxCallWaitTimeIn5` = the longest wait that ended in the window or is still running in the
 * queue (sent also as the example's `maxCallWaitTimesIn5`, decision 0809).
 */
function skillStateInfo(engine: TenantEngine, stats: RealtimeStatistics, skillId: number): Record<string, unknown> {
  const now = engine.now();
  const live = skillLive(engine, stats, skillId);
  const { agents, window } = live;
  const c = window.counts;
  const maxWait = Math.max(wholeSeconds(c.maxWaitMs), live.oldestWaitingSinceMs === null ? 0 : secondsSince(live.oldestWaitingSinceMs, now));
  return {
    skillId,
    agentLoginNums: agents.loginEd,
    agentTalkingNums: agents.talking,
    agentIdleNums: agents.idle,
    agentAvailableNums: agents.usable,
    agentSetBusyNums: agents.setBusy,
    agentRestNums: agents.rest,
    agentMaxIdleTimeIn5: wholeSeconds(live.maxIdleMs),
    agentWorkNums: agents.workSubStateBegin + agents.lateAdjust,
    agentStudyNums: agents.studying,
    agentOccupyNums: agents.occupy,
    agentPreOccupyNums: agents.preoccupy,
    totalCallNums: c.talks + live.handling,
    processingCallNums: live.handling,
    maxCallWaitTimeIn5: maxWait,
    maxCallWaitTimesIn5: maxWait,
    callWaitNums: live.queueSize,
    evenCallTimeIn5: average(c.talkMs, c.talks),
    evenWaitTimeIn5: average(c.waitMs, c.waits),
    allCallCount: c.inbound,
    cnndIn20sCallCount: c.connectedIn20,
  };
}

const n = (description: string) => Type.Integer({ minimum: 0, description });

/** CEC §12.3.1.2.6 (ref L56230–L56441): agent and call statistics of skill queues. */
export const skillStateInfos = defineEndpoint({
  section: '12.3.1.2.6',
  name: 'skill/stateinfo',
  summary: 'Querying statistics details of skill queues in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/stateinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        skillId: Type.Integer(),
        agentLoginNums: n('Signed-in agents'),
        agentTalkingNums: n('Agents talking (CTI 5)'),
        agentIdleNums: n('Idle agents (CTI 1)'),
        agentAvailableNums: n('Agents able to take a call now'),
        agentSetBusyNums: n('Busy agents (CTI 7)'),
        agentRestNums: n('Resting agents (CTI 8)'),
        agentMaxIdleTimeIn5: n('Longest idle time in the current 5 minutes, seconds'),
        agentWorkNums: n('Agents in after-call work (CTI 6, 10)'),
        agentStudyNums: n('Agents in study (CTI 9)'),
        agentOccupyNums: n('Occupied agents (CTI 3)'),
        agentPreOccupyNums: n('Preoccupied agents (CTI 2)'),
        totalCallNums: n('Calls processed in the window, including those in handling'),
        processingCallNums: n('Calls ringing or talking at the skill’s agents'),
        maxCallWaitTimeIn5: n('Longest wait in the window, seconds'),
        maxCallWaitTimesIn5: n('Same (the example spelling)'),
        callWaitNums: n('Queued calls'),
        evenCallTimeIn5: n('Average talk time of conversations ended in the window, seconds'),
        evenWaitTimeIn5: n('Average wait of calls answered or lost in the window, seconds'),
        allCallCount: n('Inbound calls of the window'),
        cnndIn20sCallCount: n('Calls answered within 20 s in the window'),
      }),
    ),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => skillStateInfo(engine, services.cti.realtime, skillId)) };
  },
});
