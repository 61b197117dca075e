import { Type, type Static } from '@sinclair/typebox';
import type { Rng } from '../domain/time/index.ts';

/**
 * A duration distribution of a scenario, in seconds: exponential (mean), log-normal (mean and
 * standard deviation of the duration itself), or fixed.
 */
export const DurationSpec = Type.Union([
  Type.Object({ dist: Type.Literal('exponential'), meanSeconds: Type.Number({ exclusiveMinimum: 0 }) }),
  Type.Object({ dist: Type.Literal('lognormal'), meanSeconds: Type.Number({ exclusiveMinimum: 0 }), sdSeconds: Type.Number({ minimum: 0 }) }),
  Type.Object({ dist: Type.Literal('fixed'), seconds: Type.Number({ minimum: 0 }) }),
]);
export type DurationSpec = Static<typeof DurationSpec>;

export function meanSeconds(spec: DurationSpec): number {
  return spec.dist === 'fixed' ? spec.seconds : spec.meanSeconds;
}

/** Draws a duration in milliseconds (never negative). */
export function sampleMs(spec: DurationSpec, rng: Rng): number {
  switch (spec.dist) {
    case 'fixed':
      return Math.round(spec.seconds * 1000);
    case 'exponential':
      return Math.round(exponential(rng, spec.meanSeconds) * 1000);
    case 'lognormal': {
      // Parameters of the underlying normal from the duration's own mean m and deviation s.
      const m = spec.meanSeconds;
      const variance = spec.sdSeconds * spec.sdSeconds;
      const sigma2 = Math.log(1 + variance / (m * m));
      const mu = Math.log(m) - sigma2 / 2;
      return Math.round(Math.exp(mu + Math.sqrt(sigma2) * standardNormal(rng)) * 1000);
    }
  }
}

export function exponential(rng: Rng, mean: number): number {
  // 1 − u lies in (0, 1], so the logarithm is finite.
  return -Math.log(1 - rng.next()) * mean;
}

/** Box–Muller, one value per call (the second is discarded to keep the stream simple). */
function standardNormal(rng: Rng): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
