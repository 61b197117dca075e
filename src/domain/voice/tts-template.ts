import { accept, refuse, utf8ByteLength, type Checked } from './voice-rejection.ts';

/**
 * The text of a TTS template (CEC §5.4.5, ref L6619–6627): fixed text and variables.
 *   ${TXT_n}  a string of at most n characters;
 *   ${NUM_n}  a number of at most n digits;
 *   ${DATE}   YYYY/MM/DD;
 *   ${TIME}   HH:MM or HH:MM:SS.
 * The reference prints the first form as `#{TXT_Digit}` (ref L6623) while every other form and
 * example uses `${...}`, and 14.3 prints `$ {NUM_2}` (ref L69685); both misprints are read as
 * variables. Kinds are read in any case and stored in the documented upper case.
 */
export type TemplateVariableKind = 'TXT' | 'NUM' | 'DATE' | 'TIME';

export interface TemplateVariable {
  readonly kind: TemplateVariableKind;
  /** n of TXT_n / NUM_n; null for DATE and TIME. */
  readonly maxLen: number | null;
  /** Where the token starts and ends in the template text (UTF-16 offsets), for filling. */
  readonly start: number;
  readonly end: number;
}

/** CEC §5.4.5 (ref L6621): "The template content can contain a maximum of 500 bytes." */
export const templateTextBytesMax = 500;
/** CEC §5.4.5 (ref L6622): "A variable can contain a maximum of 32 bytes." */
export const templateVariableBytesMax = 32;
/** CEC §14.3 (ref L69727, code 15): at most 10 templateParams, so at most 10 variables (decision 0303). */
export const templateVariablesMax = 10;

const tokenPattern = /([$#])\s*\{\s*([^{}$]*?)\s*\}/g;
const variablePattern = /^(?:(TXT|NUM)_(\d+)|(DATE|TIME))$/i;

/** Parses and checks a template text, returning its variables in order. */
export function parseTemplateText(text: string): Checked<TemplateVariable[]> {
  if (text.trim() === '') return refuse('TemplateTextEmpty', 'textcontent must not be empty');
  const bytes = utf8ByteLength(text);
  if (bytes > templateTextBytesMax) return refuse('TemplateTextTooLong', `textcontent is ${bytes} bytes; the maximum is ${templateTextBytesMax} bytes`);
  const variables: TemplateVariable[] = [];
  let fixedText = '';
  let previousEnd = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const [token, sigil, inner] = match as unknown as [string, string, string];
    const parsed = variablePattern.exec(inner);
    if (!parsed) {
      // `#{...}` that is no variable is ordinary text; `${...}` always claims to be a variable.
      if (sigil === '#') continue;
      return refuse('TemplateVariableUnknown', `textcontent has an unknown variable ${token}; use \${TXT_n}, \${NUM_n}, \${DATE} or \${TIME}`);
    }
    const kind = (parsed[1] ?? parsed[3])!.toUpperCase() as TemplateVariableKind;
    const maxLen = parsed[2] === undefined ? null : Number(parsed[2]);
    if (maxLen !== null && (maxLen < 1 || maxLen > templateVariableBytesMax)) {
      return refuse('TemplateVariableTooLong', `textcontent variable ${token}: a variable holds 1 to ${templateVariableBytesMax} bytes; split longer values into several variables`);
    }
    fixedText += text.slice(previousEnd, match.index);
    previousEnd = match.index + token.length;
    variables.push({ kind, maxLen, start: match.index, end: previousEnd });
  }
  fixedText += text.slice(previousEnd);
  if (/\$\s*\{/.test(fixedText)) return refuse('TemplateVariableUnterminated', 'textcontent has a "${" that does not close a variable');
  return checkVariables(text, variables);
}

function checkVariables(text: string, variables: TemplateVariable[]): Checked<TemplateVariable[]> {
  const first = variables[0];
  if (first && text.slice(0, first.start).trim() === '') {
    return refuse('TemplateStartsWithVariable', 'textcontent must not start with a variable');
  }
  if (variables.length > templateVariablesMax) {
    return refuse('TemplateTooManyVariables', `textcontent has ${variables.length} variables; the maximum is ${templateVariablesMax}`);
  }
  for (let i = 1; i < variables.length; i++) {
    const before = variables[i - 1]!;
    const after = variables[i]!;
    const pair = new Set([before.kind, after.kind]);
    // CEC §5.4.5 (ref L6627): "${TIME} and ${DATE} must be separated by ' on '."
    if (pair.has('TIME') && pair.has('DATE') && !/^\s+on\s+$/i.test(text.slice(before.end, after.start))) {
      return refuse('TemplateTimeDateSeparator', 'textcontent: ${TIME} and ${DATE} must be separated by " on "');
    }
  }
  return accept(variables);
}

/** The canonical spelling of a variable (`${TXT_8}`), for messages and documentation. */
export function variableToken(variable: Pick<TemplateVariable, 'kind' | 'maxLen'>): string {
  return variable.maxLen === null ? `\${${variable.kind}}` : `\${${variable.kind}_${variable.maxLen}}`;
}
