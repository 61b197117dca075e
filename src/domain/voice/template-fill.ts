import { templateVariableBytesMax, templateVariablesMax, variableToken, type TemplateVariable } from './tts-template.ts';
import { utf8ByteLength } from './voice-rejection.ts';

/**
 * Why `templateParams` do not fit a template. Each tag is one return code of CEC §14.3 Table 14-10
 * (ref L69715–69745), named in the comment, for the voice notification family to map.
 */
export type TemplateFillTag =
  | 'ParamsEmptyOrTooMany' // 15: the array is empty or has more than 10 elements
  | 'ParamCountMismatch' // 25: not as many values as the template has variables
  | 'ParamEmpty' // 35: an element is empty
  | 'ParamForbiddenChar' // 14: a value contains $, { or }
  | 'ParamBytesTooLong' // 13: a value exceeds 32 bytes
  | 'NumNotDigits' // 31: a NUM value is not only digits
  | 'NumTooLong' // 32: a NUM value has more than 9 digits
  | 'DateFormat' // 26: a DATE value is not YYYY/MM/DD
  | 'TimeFormat' // 27: a TIME value is not HH:MM or HH:MM:SS
  | 'ParamTooLong'; // 29: a value is longer than the n of its variable

export interface TemplateFillRejection {
  readonly tag: TemplateFillTag;
  /** The 0-based position of the offending value, when one value is at fault. */
  readonly index: number | null;
  readonly message: string;
}

export type TemplateFill = { readonly ok: true; readonly values: readonly string[] } | { readonly ok: false; readonly rejection: TemplateFillRejection };

/** CEC §14.3 (ref L69741, code 32): a NUM value has at most 9 digits whatever its n. */
export const numValueDigitsMax = 9;

/**
 * Checks `templateParams` against a template's variables, in order (CEC §14.3, ref L69685: "used
 * to fill in the variables specified by templateId in sequence"; values "cannot contain the
 * following characters: $ { }"; "the number and length of variables in the list must be the same
 * as those defined in the template"). Checks run in the order of Table 14-10's precedence as we
 * read it: the array, then each value in turn, its generic rules before its kind's rules.
 */
export function fillTemplate(variables: readonly Pick<TemplateVariable, 'kind' | 'maxLen'>[], params: readonly string[]): TemplateFill {
  if (variables.length === 0 && params.length === 0) return { ok: true, values: [] };
  if (params.length === 0 || params.length > templateVariablesMax) {
    return reject('ParamsEmptyOrTooMany', null, `templateParams must hold 1 to ${templateVariablesMax} values`);
  }
  if (params.length !== variables.length) {
    return reject('ParamCountMismatch', null, `templateParams has ${params.length} values; the template has ${variables.length} variables`);
  }
  for (let i = 0; i < params.length; i++) {
    const problem = checkValue(variables[i]!, params[i]!, i);
    if (problem) return { ok: false, rejection: problem };
  }
  return { ok: true, values: [...params] };
}

function checkValue(variable: Pick<TemplateVariable, 'kind' | 'maxLen'>, value: string, index: number): TemplateFillRejection | undefined {
  const name = `templateParams[${index}] (${variableToken(variable)})`;
  if (value === '') return rejection('ParamEmpty', index, `${name} must not be empty`);
  if (/[${}]/.test(value)) return rejection('ParamForbiddenChar', index, `${name} must not contain $, { or }`);
  if (utf8ByteLength(value) > templateVariableBytesMax) return rejection('ParamBytesTooLong', index, `${name} exceeds ${templateVariableBytesMax} bytes`);
  const length = [...value].length;
  switch (variable.kind) {
    case 'NUM':
      if (!/^\d+$/.test(value)) return rejection('NumNotDigits', index, `${name} must contain only digits`);
      if (length > numValueDigitsMax) return rejection('NumTooLong', index, `${name} has more than ${numValueDigitsMax} digits`);
      break;
    case 'DATE':
      if (!isDate(value)) return rejection('DateFormat', index, `${name} must be a date in the form YYYY/MM/DD`);
      break;
    case 'TIME':
      if (!isTime(value)) return rejection('TimeFormat', index, `${name} must be a time in the form HH:MM or HH:MM:SS`);
      break;
    case 'TXT':
      break;
  }
  if (variable.maxLen !== null && length > variable.maxLen) return rejection('ParamTooLong', index, `${name} is longer than ${variable.maxLen} characters`);
  return undefined;
}

/** Puts checked values into the template text, replacing each variable's token. */
export function renderTemplate(text: string, variables: readonly Pick<TemplateVariable, 'start' | 'end'>[], values: readonly string[]): string {
  let out = '';
  let position = 0;
  variables.forEach((variable, i) => {
    out += text.slice(position, variable.start) + (values[i] ?? '');
    position = variable.end;
  });
  return out + text.slice(position);
}

/** YYYY/MM/DD naming a real calendar day (CEC §5.4.5, ref L6625: "An example is 2022/07/16"). */
function isDate(value: string): boolean {
  const match = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** HH:MM or HH:MM:SS on a 24-hour clock (CEC §5.4.5, ref L6626: "Examples are 14:30 and 14:30:30"). */
function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value);
}

function rejection(tag: TemplateFillTag, index: number | null, message: string): TemplateFillRejection {
  return { tag, index, message };
}

function reject(tag: TemplateFillTag, index: number | null, message: string): TemplateFill {
  return { ok: false, rejection: rejection(tag, index, message) };
}
