// Goal: template texts are read as CEC §5.4.5 (ref L6619–6627) defines them. Method: the
// reference's own template examples, its misprints, and each rule broken once.
import { describe, expect, it } from 'vitest';
import { parseTemplateText, variableToken } from './tts-template.ts';

const variables = (text: string) => {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) throw new Error(parsed.rejection.message);
  return parsed.value.map(({ kind, maxLen }) => ({ kind, maxLen }));
};
const tagOf = (text: string) => {
  const parsed = parseTemplateText(text);
  return parsed.ok ? undefined : parsed.rejection.tag;
};

describe('parseTemplateText', () => {
  it('reads the reference examples', () => {
    expect(variables('Dear ${TXT_8}, your initial password is ${NUM_6}.')).toEqual([
      { kind: 'TXT', maxLen: 8 },
      { kind: 'NUM', maxLen: 6 },
    ]);
    expect(variables('Please pick up your express delivery before ${TIME} on ${DATE}.')).toEqual([
      { kind: 'TIME', maxLen: null },
      { kind: 'DATE', maxLen: null },
    ]);
    expect(variables('test')).toEqual([]);
  });

  it('records where each variable sits, for filling', () => {
    const parsed = parseTemplateText('Hi ${TXT_4}!');
    expect(parsed).toEqual({ ok: true, value: [{ kind: 'TXT', maxLen: 4, start: 3, end: 11 }] });
  });

  it('reads the misprints #{TXT_n} (ref L6623) and $ {NUM_n} (ref L69685), and kinds in any case', () => {
    expect(variables('Dear #{TXT_9} you have $ {NUM_2} parcels at ${time} on ${date}')).toEqual([
      { kind: 'TXT', maxLen: 9 },
      { kind: 'NUM', maxLen: 2 },
      { kind: 'TIME', maxLen: null },
      { kind: 'DATE', maxLen: null },
    ]);
    expect(variables('Item #{42} is ready')).toEqual([]);
  });

  it('counts the 500-byte limit in UTF-8 (a Chinese character is 3 bytes)', () => {
    expect(tagOf('好'.repeat(166) + 'ab')).toBeUndefined();
    expect(tagOf('好'.repeat(167))).toBe('TemplateTextTooLong');
  });

  it('refuses each broken rule', () => {
    expect(tagOf('')).toBe('TemplateTextEmpty');
    expect(tagOf('${TXT_8} is your name')).toBe('TemplateStartsWithVariable');
    expect(tagOf('  ${NUM_3} left')).toBe('TemplateStartsWithVariable');
    expect(tagOf('Code ${NUM_33}')).toBe('TemplateVariableTooLong');
    expect(tagOf('Code ${NUM_0}')).toBe('TemplateVariableTooLong');
    expect(tagOf('Hello ${NAME}')).toBe('TemplateVariableUnknown');
    expect(tagOf('Hello ${TXT_5')).toBe('TemplateVariableUnterminated');
    expect(tagOf('Come at ${TIME}, ${DATE}')).toBe('TemplateTimeDateSeparator');
    expect(tagOf('Come on ${DATE}${TIME}')).toBe('TemplateTimeDateSeparator');
    expect(tagOf(`x${' ${TXT_1}'.repeat(11)}`)).toBe('TemplateTooManyVariables');
  });

  it('allows ${DATE} and ${TIME} apart when other text or variables stand between them', () => {
    expect(tagOf('On ${DATE} order ${NUM_5} ships at ${TIME}')).toBeUndefined();
    expect(tagOf('Due ${DATE} on ${TIME}')).toBeUndefined();
  });

  it('spells variables canonically', () => {
    expect(variableToken({ kind: 'TXT', maxLen: 8 })).toBe('${TXT_8}');
    expect(variableToken({ kind: 'DATE', maxLen: null })).toBe('${DATE}');
  });
});
