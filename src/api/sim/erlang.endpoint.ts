import { Type } from '@sinclair/typebox';
import { agentsFor, predict } from '../../stats/erlang/index.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * The staffing calculator: Erlang C (or Erlang A with a patience) for a queue, the same formulas
 * the simulator compares itself with; with `serviceLevelGoal`, the fewest agents that reach it.
 */
export const erlangCalculator = defineEndpoint({
  section: 'sim.erlang',
  name: 'erlang',
  summary: 'Erlang C / Erlang A staffing calculator',
  method: 'GET',
  path: '/sim/v1/erlang',
  auth: 'sim',
  envelope: bareEnvelope,
  query: Type.Object({
    callsPerHour: Type.Number({ minimum: 0, maximum: 1e7 }),
    aht: Type.Number({ exclusiveMinimum: 0, maximum: 86400, description: 'average handle time, seconds' }),
    agents: Type.Integer({ minimum: 1, maximum: 20000 }),
    target: Type.Optional(Type.Number({ minimum: 0, maximum: 86400, description: 'service-level target, seconds (default 20)' })),
    patience: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'mean patience, seconds (Erlang A)' })),
    serviceLevelGoal: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
  }),
  response: Type.Object({
    model: Type.String(),
    offeredErlangs: Type.Number(),
    serviceLevel: Type.Number(),
    asa: Type.Number(),
    pWait: Type.Number(),
    pAbandon: Type.Number(),
    occupancy: Type.Number(),
    averageQueueLength: Type.Number(),
    stable: Type.Boolean(),
    agentsForGoal: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  }),
  handler({ query }) {
    const inputs = { callsPerHour: query.callsPerHour, ahtSeconds: query.aht, agents: query.agents, targetSeconds: query.target ?? 20, patienceSeconds: query.patience ?? null };
    const p = predict(inputs);
    // JSON has no infinity: an unstable Erlang C queue reports its unbounded waits as null.
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    return {
      model: p.model,
      offeredErlangs: p.offeredErlangs,
      serviceLevel: p.serviceLevel,
      asa: finite(p.asa),
      pWait: p.pWait,
      pAbandon: p.pAbandon,
      occupancy: p.occupancy,
      averageQueueLength: finite(p.averageQueueLength),
      stable: p.stable,
      ...(query.serviceLevelGoal !== undefined ? { agentsForGoal: agentsFor({ ...inputs, goal: query.serviceLevelGoal }) } : {}),
    };
  },
});
