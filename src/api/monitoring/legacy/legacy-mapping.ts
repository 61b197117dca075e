import { Type, TypeGuard, type TSchema } from '@sinclair/typebox';
import type { ApiEndpoint } from '../../define-endpoint.ts';

/**
 * The pre-8.13 interfaces of §12.3.8.13 (ref L65094) answer what their 2.5 successors answer,
 * under the old field names (envelope G, note 08 §2.11.7). Each legacy handler runs its
 * successor's handler on the same request and renames the payload's fields, so that the two can
 * never drift apart (decision 0841).
 */

type HandlerContext = Parameters<ApiEndpoint['handler']>[0];

/** The `resultDesc` the 2.5 interface would send for `body` (its envelope left out). */
export async function modernPayload(modern: ApiEndpoint, ctx: HandlerContext, body: Record<string, unknown> = ctx.body): Promise<unknown> {
  const reply = (await modern.handler({ ...ctx, body })) as { resultDesc?: unknown } | undefined;
  return reply?.resultDesc;
}

/** The legacy spelling of each field; fields not listed keep their name. */
export type FieldNames = Readonly<Record<string, string | readonly string[]>>;

/** Renames the fields of an object, or of each object of an array (one level, plus `nested` keys). */
export function renamed(value: unknown, names: FieldNames, nested: Readonly<Record<string, FieldNames>> = {}): unknown {
  if (Array.isArray(value)) return value.map((item) => renamed(item, names, nested));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const inner = nested[key] ? renamed(field, nested[key]) : field;
    for (const name of spellings(names, key)) out[name] = inner;
  }
  return out;
}

const spellings = (names: FieldNames, key: string): readonly string[] => {
  const spelled = names[key] ?? key;
  return typeof spelled === 'string' ? [spelled] : spelled;
};

/** `renamed` for schemas: the successor's payload schema under the legacy names. */
export function renamedSchema(schema: TSchema, names: FieldNames, nested: Readonly<Record<string, FieldNames>> = {}): TSchema {
  if (TypeGuard.IsArray(schema)) return Type.Array(renamedSchema(schema.items, names, nested));
  if (!TypeGuard.IsObject(schema)) return schema;
  const properties: Record<string, TSchema> = {};
  for (const [key, field] of Object.entries(schema.properties)) {
    const inner = nested[key] ? renamedSchema(field, nested[key]) : field;
    for (const name of spellings(names, key)) properties[name] = inner;
  }
  return Type.Object(properties);
}

/** The schema of the successor's success payload (its `resultDesc`). */
export function modernPayloadSchema(modern: ApiEndpoint): TSchema {
  const response = modern.response;
  if (!response || !TypeGuard.IsObject(response) || !response.properties.resultDesc) throw new Error(`${modern.name} has no resultDesc schema`);
  return response.properties.resultDesc;
}
