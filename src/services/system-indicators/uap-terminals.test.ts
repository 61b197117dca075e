// Goal: EID wildcards of §12.3.6.3 mean the same in SQL and in memory, and everything else is
// literal (LIKE's own `_` and `\` included). Method: translate patterns and compare.
import { describe, expect, it } from 'vitest';
import { eidPattern } from './uap-terminals.ts';

describe('eidPattern', () => {
  it('maps * and % to any run and ? to one character', () => {
    expect(eidPattern('6666*')).toMatchObject({ like: '6666%' });
    expect(eidPattern('%3?').like).toBe('%3_');
    const { regex } = eidPattern('%3?');
    expect(['131', '31', '3', '1311'].map((n) => regex.test(n))).toEqual([true, true, false, false]);
    expect(eidPattern('6666?').regex.test('66661')).toBe(true);
    expect(eidPattern('6666?').regex.test('666612')).toBe(false);
  });

  it('keeps other characters literal', () => {
    expect(eidPattern('70_1').like).toBe('70\\_1');
    expect(eidPattern('70_1').regex.test('70101')).toBe(false);
    expect(eidPattern('7.1').regex.test('701')).toBe(false);
    expect(eidPattern('a\\b').like).toBe('a\\\\b');
  });
});
