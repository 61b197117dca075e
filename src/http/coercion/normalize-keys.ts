import type { TSchema } from '@sinclair/typebox';

/**
 * Real clients copy the reference, and the reference spells the same field several ways: case
 * variants (`deviceId`/`deviceid`, `mediaTypeId`/`mediatypeId`) and OCR slips that read a capital
 * I as a lower-case l (`mediaTypeld`, `skilllds`, `entrylp`). Before validation, every body key
 * that is not a property of the schema is renamed to the property it matches once folded (lower
 * case, l read as i), or to the property whose declared alias it is. Keys already spelled right win.
 */
export function normalizeKeys(value: unknown, schema: TSchema | undefined, aliases: AliasTable = emptyAliases): unknown {
  if (!schema || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = schema.items as TSchema | undefined;
    if (schema.type === 'array' && items && !Array.isArray(items)) {
      for (let i = 0; i < value.length; i++) value[i] = normalizeKeys(value[i], items, aliases);
    }
    return value;
  }
  const properties = schema.properties as Record<string, TSchema> | undefined;
  if (!properties) return value;
  const record = value as Record<string, unknown>;
  const index = foldIndex(properties);
  for (const key of Object.keys(record)) {
    if (key in properties) continue;
    const target = aliases.get(key.toLowerCase()) ?? index.get(fold(key));
    if (target !== undefined && !(target in record)) {
      record[target] = record[key];
      delete record[key];
    }
  }
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (name in record) record[name] = normalizeKeys(record[name], propertySchema, aliases);
  }
  return record;
}

/**
 * Wrapper labels the reference's tables show above the fields, which examples never send; and
 * CC-CMS `queryParam`, which many of its examples send and its tables never mention (note 08 §3.3).
 */
const wrapperLabels = ['requestParam', 'requestParams', 'requestBody', 'body', 'queryParam'];

/**
 * Accepts a body sent inside one of the tables' wrapper labels (note 01 §3.4) by unwrapping it,
 * unless the schema itself has a property of that name.
 */
export function unwrapBodyLabel(value: unknown, schema: TSchema | undefined): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const key = keys[0]!;
  const properties = (schema?.properties ?? {}) as Record<string, unknown>;
  if (!wrapperLabels.includes(key) || key in properties) return value;
  const inner = (value as Record<string, unknown>)[key];
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? inner : value;
}

export type AliasTable = ReadonlyMap<string, string>;
const emptyAliases: AliasTable = new Map();

/** Builds the lookup of declared aliases (`{canonical: [variant...]}`) by lower-cased variant. */
export function aliasTable(aliases: Readonly<Record<string, readonly string[]>> | undefined): AliasTable {
  const table = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(aliases ?? {})) {
    for (const variant of variants) table.set(variant.toLowerCase(), canonical);
  }
  return table;
}

function fold(key: string): string {
  return key.toLowerCase().replaceAll('l', 'i');
}

const foldIndexes = new WeakMap<object, Map<string, string>>();

function foldIndex(properties: Record<string, TSchema>): Map<string, string> {
  let index = foldIndexes.get(properties);
  if (!index) {
    index = new Map();
    const ambiguous = new Set<string>();
    for (const name of Object.keys(properties)) {
      const folded = fold(name);
      if (index.has(folded)) ambiguous.add(folded);
      index.set(folded, name);
    }
    // Two properties that fold alike cannot be told apart: only exact spellings match them.
    for (const folded of ambiguous) index.delete(folded);
    foldIndexes.set(properties, index);
  }
  return index;
}
