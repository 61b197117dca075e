// Goal: 20-digit ids sent as bare JSON numbers on the quality-check routes keep every digit.
import { describe, expect, it } from 'vitest';
import { parseLosslessJson, quoteUnsafeIntegers, wantsLosslessNumbers } from './lossless-json.ts';

const keep = (_key: string, value: unknown) => value;

describe('lossless JSON for §12.2', () => {
  it('turns integers beyond 2^53 into their decimal text and leaves the rest alone', () => {
    const body = parseLosslessJson('{"qualityItemId": 16239231508327803347, "n": 12, "f": 1609295228.86, "neg": -99999999999999999999, "s": "12345678901234567890"}', keep);
    expect(body).toEqual({ qualityItemId: '16239231508327803347', n: 12, f: 1609295228.86, neg: '-99999999999999999999', s: '12345678901234567890' });
  });

  it('does not touch digits inside strings, even after escaped quotes', () => {
    const text = '{"a":"x\\"16239231508327803347","b":[954637368599307266]}';
    expect(parseLosslessJson(text, keep)).toEqual({ a: 'x"16239231508327803347', b: ['954637368599307266'] });
    expect(quoteUnsafeIntegers('{"a":1}')).toBe('{"a":1}');
  });

  it('keeps JSON.parse semantics: a repeated key (ref L50066) keeps the last value, bad JSON still throws', () => {
    expect(parseLosslessJson('{"qiqtEndTime":2,"qiqtEndTime":1609554428}', keep)).toEqual({ qiqtEndTime: 1609554428 });
    expect(() => parseLosslessJson('{"a":0409000}', keep)).toThrow();
  });

  it('applies to the CCSQM and CCISQM prefixes only', () => {
    expect(wantsLosslessNumbers('/apiaccess/CCSQM/rest/ccisqm/v1/x')).toBe(true);
    expect(wantsLosslessNumbers('/CCISQM/rest/ccisqm/v1/x')).toBe(true);
    expect(wantsLosslessNumbers('/rest/isales/v1/x')).toBe(false);
  });
});
