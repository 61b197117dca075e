// Goal: isBase64Text accepts what the anchored patterns it replaces accepted, and answers for a
// text of megabytes (the uploads of §11.6, §13.2.1.13, §5.4.4) without throwing.
import { describe, expect, it } from 'vitest';
import { isBase64Text } from './base64-text.ts';

describe('isBase64Text', () => {
  it('accepts the alphabet with up to two = at the end, and nothing else', () => {
    for (const ok of ['QUJD', 'QUI=', 'QQ==', 'a+/9']) expect(isBase64Text(ok), ok).toBe(true);
    for (const bad of ['QQ===', 'Q=Q=', '=QQQ', 'QU I=', 'QU*I', '@@not base64@@', 'a_-b']) expect(isBase64Text(bad), bad).toBe(false);
    expect(isBase64Text('')).toBe(false);
    expect(isBase64Text('', { allowEmpty: true })).toBe(true);
  });

  it('takes the URL-safe alphabet and whitespace only when asked', () => {
    expect(isBase64Text('a_-b', { urlSafe: true })).toBe(true);
    expect(isBase64Text('QU\nI=', { allowWhitespace: true })).toBe(true);
    expect(isBase64Text('QUI= \n', { allowWhitespace: true })).toBe(true);
    expect(isBase64Text('QU\nI=')).toBe(false);
  });

  it('answers for a 14 MB text', () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff).toString('base64');
    expect(isBase64Text(big)).toBe(true);
    expect(isBase64Text(`${big}*`)).toBe(false);
  });
});
