import { Type, type IntegerOptions, type TSchema } from '@sinclair/typebox';

/**
 * The reference types numbers as Java `Integer` (32-bit) or `Long` (64-bit, e.g. epoch
 * milliseconds). A schema integer with no declared range would let `1e300`, `1e9999` or values
 * beyond 2^63 through validation (they are "integers" to JSON Schema) and into the store, which
 * refuses them with a 500. So every integer field a request schema leaves unbounded is bounded
 * to the 32-bit range at registration, and fields the reference types as Long say so with
 * `longInteger()`; unbounded numbers are held to the range JSON represents exactly.
 */
export const int32Min = -2_147_483_648;
export const int32Max = 2_147_483_647;

/** A Long field (epoch milliseconds, durations in ms): any integer JSON carries exactly. */
export function longInteger(options: IntegerOptions = {}) {
  return Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, ...options });
}

/** A copy of `schema` in which every integer and number has both bounds. */
export function withIntegerBounds<T extends TSchema>(schema: T): T {
  return bound(schema) as T;
}

function bound(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(bound);
  if (node === null || typeof node !== 'object') return node;
  // TypeBox keeps its kind under symbol keys: copy them along with the plain keys.
  const out: Record<string | symbol, unknown> = {};
  for (const key of Reflect.ownKeys(node)) {
    const value = (node as Record<string | symbol, unknown>)[key];
    out[key] = key === 'properties' || key === 'patternProperties' ? boundEach(value) : typeof key === 'symbol' ? value : bound(value);
  }
  const type = out.type;
  if (type === 'integer' || type === 'number') {
    const [min, max] = type === 'integer' ? [int32Min, int32Max] : [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    if (out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = max;
    if (out.minimum === undefined && out.exclusiveMinimum === undefined) out.minimum = min;
  }
  return out;
}

function boundEach(properties: unknown): unknown {
  if (properties === null || typeof properties !== 'object') return properties;
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(properties)) out[name] = bound(schema);
  return out;
}
