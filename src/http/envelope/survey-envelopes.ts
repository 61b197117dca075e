import { CecError } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';
import { fieldEnvelope } from './field-envelope.ts';

/**
 * CC-Survey replies (CEC ch. 8, decision 1150). Success is `{resultCode:"1203000", resultDesc}`
 * as every example shows (ref L29729–29735; note 04 §8.4 #51). The chapter documents failures only
 * as HTTP statuses (400 bad request, 401, 403, 404, 500 business failure), so a failure carries
 * that status both as the HTTP status and as its code.
 */
export const surveySuccessCode = '1203000';

const statusCoded = {
  invalidParameter: { code: '400', httpStatus: 400 },
  malformedRequest: { code: '400', httpStatus: 400 },
  unauthorized: { code: '401', httpStatus: 401 },
  notFound: { code: '404', httpStatus: 404 },
  internal: { code: '500', httpStatus: 500 },
};

export const surveyEnvelope: Envelope = fieldEnvelope({
  name: 'survey',
  codeField: 'resultCode',
  messageField: 'resultDesc',
  successCode: surveySuccessCode,
  // The reference's own spelling of its success text (ref L29734).
  defaultSuccessMessage: 'Opration Successful.',
  generic: statusCoded,
});

/** 8.6 updateScore `{rtnCode, rtnMsg}`: "0" success, other values failure (Table 8-18). */
export const examScoreEnvelope: Envelope = fieldEnvelope({
  name: 'examScore',
  codeField: 'rtnCode',
  messageField: 'rtnMsg',
  successCode: '0',
  // The example's text (ref L30232).
  defaultSuccessMessage: 'query success!',
  generic: statusCoded,
});

/** A documented "500 Business failure" of the survey interfaces. */
export function surveyBusinessFailure(message: string): CecError {
  return new CecError('500', message, { httpStatus: 500 });
}
