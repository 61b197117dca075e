// Goal: erased numbers leave stored documents whole tokens at a time, and nothing else changes.
// Method: pure checks on JSON and plain-text bodies.
import { describe, expect, it } from 'vitest';
import { redactNumbers } from './redact-numbers.ts';

const numbers = new Set(['13500001111', 'kehu@example.com']);

describe('redactNumbers', () => {
  it('cuts whole-token occurrences out of JSON string values and blanks matching JSON numbers', () => {
    const body = JSON.stringify({ callerNo: '13500001111', calledNo: 13500001111, text: 'from 13500001111, to 4001', nested: [{ mail: 'kehu@example.com' }], count: 3 });
    expect(JSON.parse(redactNumbers(body, numbers)!)).toEqual({ callerNo: '', calledNo: '', text: 'from , to 4001', nested: [{ mail: '' }], count: 3 });
  });

  it('leaves longer numbers, other addresses and keys alone', () => {
    const body = JSON.stringify({ a: '135000011112', b: '013500001111', c: 'a.kehu@example.com', d: 'kehu@example.com.cn', '13500001111': 'key' });
    expect(redactNumbers(body, numbers)).toBeUndefined();
  });

  it('treats a leading plus or a separator as a boundary', () => {
    expect(JSON.parse(redactNumbers(JSON.stringify({ a: '+13500001111', b: 'tel:13500001111' }), numbers)!)).toEqual({ a: '+', b: 'tel:' });
  });

  it('redacts plain text that is not JSON', () => {
    expect(redactNumbers('caller=13500001111&x=1', numbers)).toBe('caller=&x=1');
    expect(redactNumbers('caller=135000011110', numbers)).toBeUndefined();
  });

  it('matches numbers with characters that are special in patterns literally', () => {
    expect(redactNumbers('{"a":"(010)*1+2"}', new Set(['(010)*1+2']))).toBe('{"a":""}');
  });
});
