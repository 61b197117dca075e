import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { liveStatistics } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

const counter = (description: string) => Type.Integer({ minimum: 0, description });

/** Table 6-233 (ref L13148–13172), with the table's names (note 02 §8.5 item 46). */
const StatisticsSchema = Type.Object({
  talktime: counter('Talk seconds since sign-in'),
  answernums: counter('Answered calls'),
  noanswernums: counter('Calls not answered in time'),
  calloutnums: counter('Outbound calls'),
  intercallnums: counter('Internal calls'),
  interhelpnums: counter('Internal help requests'),
  transfernums: counter('Transferred-in calls'),
  transferoutnums: counter('Transferred-out calls'),
  transferivrnums: counter('Calls transferred to IVR'),
  redirectnums: counter('Redirected calls'),
  keepnums: counter('Held calls'),
  busynums: counter('Times busy'),
  restnums: counter('Rests'),
  restoutnums: counter('Rests overstayed'),
  resttime: counter('Rest seconds'),
  restouttime: counter('Seconds beyond the requested rest'),
  agentrelease: counter('Calls the agent released'),
  busytime: counter('Busy seconds'),
});

/**
 * CEC §6.1.3.9 statistics (ref L13086–13228): the agent's 18 session counters since sign-in,
 * durations including the interval in progress. The example's spellings `transferrnums` and
 * `transferivrnnums` are typos of the table's names, which are used. The prerequisite "the agent
 * is in a call" is not enforced: the counters exist for the whole session.
 */
export const queryCallStatisticsInfo = flowControlled(defineEndpoint({
  section: '6.1.3.9',
  name: 'queryCallStatisticsInfo',
  summary: 'Querying current call statistics information about an agent',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/statistics',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: StatisticsSchema }),
  errors: ['000-002', '100-006', '100-007'],
  handler({ request }) {
    const { engine, agent } = signedInEngine(request);
    const s = liveStatistics(agent, engine.now());
    return {
      message: '',
      result: {
        talktime: s.talkTimeSeconds,
        answernums: s.answerCount,
        noanswernums: s.noAnswerCount,
        calloutnums: s.calloutCount,
        intercallnums: s.innerCallCount,
        interhelpnums: s.innerHelpCount,
        transfernums: s.transferInCount,
        transferoutnums: s.transferOutCount,
        transferivrnums: s.transferIvrCount,
        redirectnums: s.redirectCount,
        keepnums: s.holdCount,
        busynums: s.busyCount,
        restnums: s.restCount,
        restoutnums: s.restOutCount,
        resttime: s.restTimeSeconds,
        restouttime: s.restOutTimeSeconds,
        agentrelease: s.agentReleaseCount,
        busytime: s.busyTimeSeconds,
      },
    };
  },
}));

/** CEC §6.1.3.10 statisticsEx (ref L13229–13326): the three counters of Table 6-237. */
export const queryCallStatisticsInfoEx = flowControlled(defineEndpoint({
  section: '6.1.3.10',
  name: 'queryCallStatisticsInfoEx',
  summary: 'Querying the current call statistics of an agent (extended)',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/statisticsEx',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Object({ talktime: counter('Talk seconds since sign-in'), answernums: counter('Answered calls'), calloutnums: counter('Outbound calls') }) }),
  errors: ['000-002', '100-006', '100-007'],
  handler({ request }) {
    const { engine, agent } = signedInEngine(request);
    const s = liveStatistics(agent, engine.now());
    return { message: '', result: { talktime: s.talkTimeSeconds, answernums: s.answerCount, calloutnums: s.calloutCount } };
  },
}));
