import type { SurveySpec } from './survey-spec.ts';

/**
 * The demo tenant's questionnaire (ch. 8): a broadband follow-up used by outbound agents and the
 * training module. The first question branches: a satisfied customer skips the complaint question.
 */
export function demoSurveys(): SurveySpec[] {
  return [
    {
      surveyId: '987654321',
      name: 'Broadband installation follow-up',
      questions: [
        {
          questionId: '100000001',
          questionType: 'single',
          content: 'Are you satisfied with the installation of your broadband line?',
          score: 10,
          options: [
            { optionId: 'satisfied', content: 'Yes', nextQuestionId: '100000003' },
            { optionId: 'unsatisfied', content: 'No' },
          ],
        },
        { questionId: '100000002', questionType: 'essay', content: 'What went wrong during the installation?', score: 20 },
        { questionId: '100000003', questionType: 'voice', content: 'Why cannot I recharge part of the call fee through WeChat?', score: 70, oprRule: {} },
      ],
    },
  ];
}
