// Goal: the survey rules alone (decision 1150): the next question by number or by an option's
// jump, the DECIMAL(11,2) and UEBA result shapes, and the 8.6 score formula. Method: direct calls.
import { describe, expect, it } from 'vitest';
import { isDecimal11x2, nextQuestion, operationScore, parseUebaResult } from './index.ts';

const questions = [
  { questionId: 'q1', answerNo: 1, questionType: 'single', options: [{ optionId: 'yes', content: 'Yes', nextQuestionId: 'q3' }, { optionId: 'no', content: 'No' }] },
  { questionId: 'q2', answerNo: 2, questionType: 'essay', options: [] },
  { questionId: 'q3', answerNo: 3, questionType: 'voice', options: [] },
];

describe('nextQuestion', () => {
  it('starts at the first question and follows the order or the first chosen jump', () => {
    expect(nextQuestion(questions, undefined, [])).toEqual({ kind: 'question', question: questions[0] });
    expect(nextQuestion(questions, '', [])).toEqual({ kind: 'question', question: questions[0] });
    expect(nextQuestion(questions, 'q1', ['no'])).toEqual({ kind: 'question', question: questions[1] });
    expect(nextQuestion(questions, 'q1', ['no', 'yes'])).toEqual({ kind: 'question', question: questions[2] });
    expect(nextQuestion(questions, 'q3', [])).toEqual({ kind: 'end' });
    expect(nextQuestion(questions, 'q9', [])).toEqual({ kind: 'unknownQuestion' });
    expect(nextQuestion(questions, 'q1', ['maybe'])).toEqual({ kind: 'unknownOption', optionId: 'maybe' });
    expect(nextQuestion([], undefined, [])).toEqual({ kind: 'end' });
  });
});

describe('scores', () => {
  it('checks the decimal shapes and computes quotiety × question score / 100 × UEBA score / 100', () => {
    expect([isDecimal11x2(20.52), isDecimal11x2(1.234), isDecimal11x2(1e9)]).toEqual([true, false, false]);
    expect([parseUebaResult('100.0'), parseUebaResult('12345678.12'), parseUebaResult('123456789'), parseUebaResult('1.234'), parseUebaResult('-1')]).toEqual([100, 12345678.12, undefined, undefined, undefined]);
    expect(operationScore(80, 90, 100)).toBe(72);
    expect(operationScore(33, 70, 85.5)).toBe(19.75);
  });
});
