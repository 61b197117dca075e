import { checkCtiPassword, checkSipPassword, sipPasswordSpecials } from './agent-password-rules.ts';

/**
 * The passwords the platform sets for a new agent: the SIP softphone password and the CTI sign-in
 * password (decision 0104). The randomness is an input (bytes from the secret source), so the rule
 * itself is pure and a given input always composes the same password.
 */

const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnopqrstuvwxyz';
const digits = '23456789';

/** 12 characters: inside 5.1.8's 8 to 16. */
export const sipPasswordLength = 12;
/** 8 characters: 5.1.9 (ref L3563) gives the CTI password as string (8). */
export const ctiPasswordLength = 8;
/** CTI passwords avoid braces, so that they stay plain in every client's configuration. */
const ctiSpecials = '~@^*_+?';

/** Bytes a composition consumes at most: one per character, one per shuffle step. */
export const credentialEntropyBytes = 2 * Math.max(sipPasswordLength, ctiPasswordLength);

/**
 * `length` characters with at least one of each class, the rest from all classes, shuffled, and no
 * character twice in a row. Letters and digits that read alike (I, l, O, 0, 1) are left out
 * because agents copy these passwords by hand.
 */
export function composePassword(entropy: readonly number[], classes: readonly string[], length: number): string {
  if (entropy.length < 2 * length) throw new RangeError(`composePassword needs ${2 * length} bytes of entropy`);
  let next = 0;
  const byte = () => entropy[next++]!;
  const all = classes.join('');
  const chars = classes.map((alphabet) => alphabet[byte() % alphabet.length]!);
  while (chars.length < length) chars.push(all[byte() % all.length]!);
  // Fisher–Yates with the remaining bytes.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = byte() % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  // Break repeats by swapping with the next different character; classes are kept.
  for (let i = 1; i < chars.length; i++) {
    if (chars[i] !== chars[i - 1]) continue;
    const k = chars.findIndex((c, idx) => idx > i && c !== chars[i] && (idx + 1 >= chars.length || chars[idx + 1] !== chars[i]));
    if (k > 0) [chars[i], chars[k]] = [chars[k]!, chars[i]!];
  }
  return chars.join('');
}

/** A SIP password meeting 5.1.8's rule, or undefined when these bytes happened not to give one. */
export function composeSipPassword(entropy: readonly number[]): string | undefined {
  const password = composePassword(entropy, [upper, lower, digits, sipPasswordSpecials], sipPasswordLength);
  return checkSipPassword(password) ? undefined : password;
}

/** A CTI password meeting 6.1.1.16's rule for `workNo`, or undefined when these bytes did not give one. */
export function composeCtiPassword(entropy: readonly number[], workNo: number): string | undefined {
  const password = composePassword(entropy, [upper, lower, digits, ctiSpecials], ctiPasswordLength);
  return checkCtiPassword(password, workNo) ? undefined : password;
}
