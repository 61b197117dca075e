// Goal: one call id everywhere (issue 10 item 5): both forms parse, the suffix-only form resolves
// to the most recent matching call, and text that is neither form resolves to nothing.
import { describe, expect, it } from 'vitest';
import { parseCallId, resolveCallId } from './call-id.ts';

describe('call ids', () => {
  it('reads the full and the suffix-only form', () => {
    expect(parseCallId(' 1767600000-12 ')).toEqual({ kind: 'full', callId: '1767600000-12' });
    expect(parseCallId('12')).toEqual({ kind: 'suffix', suffix: '12' });
    expect(parseCallId('12-')).toBeUndefined();
  });

  it('resolves the suffix form to the most recent call ending in it, never to a longer sequence', () => {
    const ids = ['1767600000-12', '1767600300-12', '1767600100-112', '1767600200-1'];
    expect(resolveCallId('12', ids)).toBe('1767600300-12');
    expect(resolveCallId('1767600000-12', ids)).toBe('1767600000-12');
    expect(resolveCallId('7', ids)).toBeUndefined();
    expect(resolveCallId('abc', ids)).toBeUndefined();
  });
});
