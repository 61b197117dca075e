/**
 * Whether `text` is Base64: characters of the alphabet, then at most two `=` at the end.
 *
 * Uploads carry megabytes of Base64, and an anchored `^[...]+={0,2}$` over such a text has been
 * seen to throw V8's "Maximum call stack size exceeded" (its backtrack stack) in a long-lived
 * process, answering a documented size refusal with an internal error. Searching for one
 * character outside the alphabet needs no backtracking, whatever the length.
 */
export function isBase64Text(text: string, options: { urlSafe?: boolean; allowEmpty?: boolean; allowWhitespace?: boolean } = {}): boolean {
  if (text.length === 0) return options.allowEmpty === true;
  const foreign = options.urlSafe ? (options.allowWhitespace ? /[^A-Za-z0-9+/_\-=\s]/ : /[^A-Za-z0-9+/_\-=]/) : options.allowWhitespace ? /[^A-Za-z0-9+/=\s]/ : /[^A-Za-z0-9+/=]/;
  if (foreign.test(text)) return false;
  const pad = text.indexOf('=');
  if (pad === -1) return true;
  const tail = options.allowWhitespace ? text.slice(pad).replace(/\s/g, '') : text.slice(pad);
  return tail.length <= 2 && (tail === '=' || tail === '==');
}
