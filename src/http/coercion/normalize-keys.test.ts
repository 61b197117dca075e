// Goal: the body spellings real clients copy from the reference reach the documented fields.
// Method: schemas with the reference's field names, bodies with case variants, OCR l/I slips,
// declared aliases and wrapper labels.
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { aliasTable, normalizeKeys, unwrapBodyLabel } from './normalize-keys.ts';

const schema = Type.Object({
  mediaTypeId: Type.Integer(),
  deviceId: Type.Integer(),
  skillIds: Type.Array(Type.Integer()),
  entryIp: Type.String(),
  nested: Type.Object({ callBackUrl: Type.String() }),
  list: Type.Array(Type.Object({ skillId: Type.Integer() })),
});

describe('normalizeKeys', () => {
  it('maps case variants and l-for-I slips to the schema spelling', () => {
    const body = { mediatypeld: 5, deviceid: 3, skilllds: [1], entrylp: '1.2.3.4', nested: { callbackurl: 'x' }, list: [{ skillld: 2 }] };
    expect(normalizeKeys(body, schema)).toEqual({ mediaTypeId: 5, deviceId: 3, skillIds: [1], entryIp: '1.2.3.4', nested: { callBackUrl: 'x' }, list: [{ skillId: 2 }] });
  });

  it('keeps the exact spelling when both are sent, and leaves unknown keys alone', () => {
    expect(normalizeKeys({ deviceId: 1, deviceid: 2, other: true }, schema)).toEqual({ deviceId: 1, deviceid: 2, other: true });
  });

  it('applies declared aliases', () => {
    const aliases = aliasTable({ deviceId: ['dev'] });
    expect(normalizeKeys({ dev: 7 }, schema, aliases)).toEqual({ deviceId: 7 });
  });

  it('does not fold properties that would collide', () => {
    const ambiguous = Type.Object({ callid: Type.String(), caiiid: Type.String() });
    expect(normalizeKeys({ CALLID: 'x' }, ambiguous)).toEqual({ CALLID: 'x' });
  });

  it('unwraps a single wrapper label the tables show', () => {
    expect(unwrapBodyLabel({ requestParam: { a: 1 } }, schema)).toEqual({ a: 1 });
    expect(unwrapBodyLabel({ requestParam: { a: 1 }, b: 2 }, schema)).toEqual({ requestParam: { a: 1 }, b: 2 });
    expect(unwrapBodyLabel({ body: 'text' }, schema)).toEqual({ body: 'text' });
  });
});
