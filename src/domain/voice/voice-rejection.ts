/**
 * Why a voice asset request or a review is refused: a tag that names the rule, for code that
 * branches on it, and a message naming the field, for the caller. The interface layer maps every
 * tag to its family's code (chapter 5.4 uses one failure code, "1"), so the domain stays free of
 * envelopes (STYLE rule 5).
 */
export interface VoiceRejection {
  readonly tag: string;
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly rejection: VoiceRejection };

export function accept<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refuse<T = never>(tag: string, message: string): Checked<T> {
  return { ok: false, rejection: { tag, message } };
}

/** UTF-8 length of a string, as the reference counts template bytes (CEC §5.4.5, ref L6621). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
