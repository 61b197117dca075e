import { CecError } from '../../http/cec-error.ts';
import type { VoiceRejection } from '../../domain/voice/index.ts';

/**
 * Chapter 5.4 documents no error codes ("Error Codes: None"): a refused request answers HTTP 200
 * with returnCode "1" and a description saying why (note 01 §7), except 5.4.3, whose failure code
 * is "-1" (Table 5-117, ref L6459).
 */
export const voiceFailureCode = '1';
export const satisfactionQueryFailureCode = '-1';

export function voiceFailure(rejection: VoiceRejection): CecError {
  return new CecError(voiceFailureCode, rejection.message);
}
