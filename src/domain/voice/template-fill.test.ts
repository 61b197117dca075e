// Goal: voice notifications (CEC §14.3) can fill a stored template exactly by the rules of its
// Table 14-10. Method: the reference's example (ref L69685) and each return code's condition.
import { describe, expect, it } from 'vitest';
import { fillTemplate, renderTemplate } from './template-fill.ts';
import { parseTemplateText, type TemplateVariable } from './tts-template.ts';

function parsed(text: string): TemplateVariable[] {
  const result = parseTemplateText(text);
  if (!result.ok) throw new Error(result.rejection.message);
  return result.value;
}

const tagOf = (text: string, params: string[]) => {
  const filled = fillTemplate(parsed(text), params);
  return filled.ok ? undefined : filled.rejection.tag;
};

describe('fillTemplate', () => {
  it('fills the reference example in order and renders the text', () => {
    const text = 'You have ${NUM_2} parcels delivered to ${TXT_32}';
    const variables = parsed(text);
    const filled = fillTemplate(variables, ['3', "main gate of People's Park"]);
    expect(filled).toEqual({ ok: true, values: ['3', "main gate of People's Park"] });
    expect(renderTemplate(text, variables, filled.ok ? filled.values : [])).toBe("You have 3 parcels delivered to main gate of People's Park");
  });

  it('accepts no values for a template without variables', () => {
    expect(fillTemplate([], [])).toEqual({ ok: true, values: [] });
  });

  it('checks dates and times by their documented forms', () => {
    const text = 'Pick up before ${TIME} on ${DATE}';
    expect(tagOf(text, ['14:30', '2022/07/16'])).toBeUndefined();
    expect(tagOf(text, ['14:30:30', '2024/02/29'])).toBeUndefined();
    expect(tagOf(text, ['24:00', '2022/07/16'])).toBe('TimeFormat');
    expect(tagOf(text, ['14:30', '2023/02/29'])).toBe('DateFormat');
    expect(tagOf(text, ['14:30', '2022-07-16'])).toBe('DateFormat');
  });

  it('returns the condition of each Table 14-10 code, checked in order', () => {
    const two = 'Dear ${TXT_5}, code ${NUM_6}';
    expect(tagOf(two, [])).toBe('ParamsEmptyOrTooMany'); // 15
    expect(fillTemplate(parsed(two), Array(11).fill('1'))).toMatchObject({ ok: false, rejection: { tag: 'ParamsEmptyOrTooMany' } });
    expect(tagOf(two, ['Ann'])).toBe('ParamCountMismatch'); // 25
    expect(tagOf(two, ['', '1'])).toBe('ParamEmpty'); // 35
    expect(tagOf(two, ['A${x}', '1'])).toBe('ParamForbiddenChar'); // 14
    expect(tagOf('Dear ${TXT_32}', ['好'.repeat(11)])).toBe('ParamBytesTooLong'); // 13
    expect(tagOf(two, ['Ann', '12a'])).toBe('NumNotDigits'); // 31
    expect(tagOf('Code ${NUM_12}', ['1234567890'])).toBe('NumTooLong'); // 32
    expect(tagOf(two, ['Annabel', '1'])).toBe('ParamTooLong'); // 29
    expect(tagOf(two, ['Ann', '1234567'])).toBe('ParamTooLong'); // 29
  });

  it('names the offending value', () => {
    const filled = fillTemplate(parsed('Dear ${TXT_5}, code ${NUM_6}'), ['Ann', 'x']);
    expect(filled).toEqual({ ok: false, rejection: { tag: 'NumNotDigits', index: 1, message: 'templateParams[1] (${NUM_6}) must contain only digits' } });
  });

  it('counts TXT lengths in characters, so Chinese text fits its n', () => {
    expect(tagOf('您好${TXT_4}', ['张三丰你'])).toBeUndefined();
  });
});
