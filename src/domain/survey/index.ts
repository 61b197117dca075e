export { nextQuestion, isDecimal11x2, parseUebaResult, operationScore, surveyModules, type NextQuestion, type SurveyOption, type SurveyQuestion } from './survey-rules.ts';
