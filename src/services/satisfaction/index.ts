export { querySatisfactionSurvey, findSatisfactionEvaluation, type SatisfactionSurveyView, type SatisfactionEvaluationView } from './satisfaction-queries.ts';
