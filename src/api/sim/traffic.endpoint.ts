import { Type } from '@sinclair/typebox';
import { createRng } from '../../domain/time/index.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { LiveTraffic } from '../../sim/live-traffic.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import type { ApiServices } from '../services.ts';
import { placeSimulatedCall } from './calls.endpoint.ts';

/** One generator per server; kept beside the services it drives, so servers in one process stay apart. */
const generators = new WeakMap<ApiServices, LiveTraffic>();

/** Fixed seed of the console's generator: the same rates give the same arrivals (decision 1603). */
const trafficSeed = 1603;

function generatorOf(services: ApiServices): LiveTraffic {
  let generator = generators.get(services);
  if (!generator) {
    generator = new LiveTraffic(services.clock, createRng(trafficSeed), async (call) => {
      const placed = await placeSimulatedCall(services, call);
      return placed.ok ? null : placed.detail;
    });
    generators.set(services, generator);
  }
  return generator;
}

const TrafficStatus = Type.Object({
  running: Type.Boolean(),
  spec: Type.Union([Type.Null(), Type.Object({ called: Type.String(), callsPerMinute: Type.Number(), handleSeconds: Type.Number(), patienceSeconds: Type.Number() })]),
  placed: Type.Integer(),
  failed: Type.Integer(),
  lastError: Type.Union([Type.Null(), Type.String()]),
});

/** Simulator driver: starts (or restarts) Poisson traffic to an access code. */
export const startTraffic = defineEndpoint({
  section: 'sim.traffic.start',
  name: 'traffic',
  summary: 'Start the traffic generator',
  method: 'POST',
  path: '/sim/v1/traffic',
  auth: 'sim',
  envelope: bareEnvelope,
  body: Type.Object({
    called: Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9*#]+$' }),
    callsPerMinute: Type.Number({ exclusiveMinimum: 0, maximum: 6000 }),
    handleSeconds: Type.Number({ exclusiveMinimum: 0, maximum: 86_400 }),
    patienceSeconds: Type.Number({ exclusiveMinimum: 0, maximum: 86_400 }),
  }),
  response: TrafficStatus,
  handler({ body, services }) {
    return { ...generatorOf(services).start(body) };
  },
});

/** Simulator driver: stops the traffic generator (calls already placed go on). */
export const stopTraffic = defineEndpoint({
  section: 'sim.traffic.stop',
  name: 'traffic/stop',
  summary: 'Stop the traffic generator',
  method: 'DELETE',
  path: '/sim/v1/traffic',
  auth: 'sim',
  envelope: bareEnvelope,
  response: TrafficStatus,
  handler({ services }) {
    return { ...generatorOf(services).stop() };
  },
});

/** Simulator driver: whether traffic runs, with what, and how many calls it placed. */
export const readTraffic = defineEndpoint({
  section: 'sim.traffic.read',
  name: 'traffic/read',
  summary: 'State of the traffic generator',
  method: 'GET',
  path: '/sim/v1/traffic',
  auth: 'sim',
  envelope: bareEnvelope,
  response: TrafficStatus,
  handler({ services }) {
    return { ...generatorOf(services).status() };
  },
});
