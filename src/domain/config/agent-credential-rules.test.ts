// Goal: generated SIP and CTI passwords meet their rules and depend only on the entropy given.
// Method: many compositions from a simple deterministic byte stream.
import { describe, expect, it } from 'vitest';
import { composeCtiPassword, composePassword, composeSipPassword, credentialEntropyBytes, ctiPasswordLength, sipPasswordLength } from './agent-credential-rules.ts';
import { checkCtiPassword, checkSipPassword } from './agent-password-rules.ts';

/** A reproducible byte stream (a linear congruential generator), standing in for the secret source. */
function bytes(seed: number): number[] {
  let x = seed;
  return Array.from({ length: credentialEntropyBytes }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return (x >>> 16) & 0xff;
  });
}

describe('generated credentials', () => {
  it('compose the same password from the same bytes', () => {
    expect(composeSipPassword(bytes(7))).toBe(composeSipPassword(bytes(7)));
    expect(composePassword(bytes(7), ['AB', 'cd'], 4)).toBe(composePassword(bytes(7), ['AB', 'cd'], 4));
  });

  it('meet the SIP rule of 5.1.8 and the CTI rule of 6.1.1.16 (or report that a draw failed)', () => {
    let sipDrawn = 0;
    let ctiDrawn = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const sip = composeSipPassword(bytes(seed));
      if (sip !== undefined) {
        sipDrawn += 1;
        expect(sip).toHaveLength(sipPasswordLength);
        expect(checkSipPassword(sip)).toBeUndefined();
      }
      const cti = composeCtiPassword(bytes(seed), 100 + seed);
      if (cti !== undefined) {
        ctiDrawn += 1;
        expect(cti).toHaveLength(ctiPasswordLength);
        expect(checkCtiPassword(cti, 100 + seed)).toBeUndefined();
      }
    }
    // A failed draw is redrawn by the service; it must stay rare.
    expect(sipDrawn).toBeGreaterThan(450);
    expect(ctiDrawn).toBeGreaterThan(450);
  });

  it('contain every character class', () => {
    const password = composePassword(bytes(3), ['AB', 'cd', '12', '~'], 8);
    for (const alphabet of ['AB', 'cd', '12', '~']) expect([...password].some((c) => alphabet.includes(c))).toBe(true);
  });

  it('refuse to compose from too few bytes', () => {
    expect(() => composePassword([1, 2, 3], ['AB'], 4)).toThrow(RangeError);
  });
});
