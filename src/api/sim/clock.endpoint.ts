import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const ClockReading = Type.Object({
  mode: Type.Union([Type.Literal('real'), Type.Literal('virtual')]),
  nowMs: Type.Integer({ description: 'epoch milliseconds' }),
  now: Type.String({ description: 'ISO 8601' }),
});

/** Simulator driver API: reads the server's clock. */
export const readClock = defineEndpoint({
  section: 'sim.clock',
  name: 'clock',
  summary: 'Read the clock (real or virtual)',
  method: 'GET',
  path: '/sim/v1/clock',
  auth: 'sim',
  envelope: bareEnvelope,
  response: ClockReading,
  handler({ services }) {
    const nowMs = services.clock.now();
    return { mode: services.virtualClock ? 'virtual' : 'real', nowMs, now: new Date(nowMs).toISOString() };
  },
});

/** Simulator driver API: moves a virtual clock forward, firing every timer due on the way. */
export const advanceClock = defineEndpoint({
  section: 'sim.clock.advance',
  name: 'clock/advance',
  summary: 'Advance the virtual clock by `ms`',
  method: 'POST',
  path: '/sim/v1/clock/advance',
  auth: 'sim',
  envelope: bareEnvelope,
  body: Type.Object({ ms: Type.Integer({ minimum: 0, maximum: 366 * 24 * 3_600_000 }) }),
  response: ClockReading,
  async handler({ body, services }) {
    const clock = services.virtualClock;
    if (!clock) throw new CecError('409', 'The server runs on the real clock; start it with --clock virtual.', { httpStatus: 409 });
    clock.advance(body.ms);
    // Let the work the timers started (store writes, deliveries) settle before answering.
    await services.settle();
    const nowMs = clock.now();
    return { mode: 'virtual', nowMs, now: new Date(nowMs).toISOString() };
  },
});
