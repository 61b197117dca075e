import { Type } from '@sinclair/typebox';
import type { AuthContext } from '../../http/endpoint.ts';
import { surveyBusinessFailure, surveyEnvelope } from '../../http/envelope/index.ts';
import type { SurveyOutcome } from '../../services/survey/index.ts';

/** Identifiers of the chapter: strings without a documented length (decision 1150 bounds them). */
export const SurveyIdText = (minLength = 1) => Type.String({ minLength, maxLength: 64 });

/** A DECIMAL(11,2) score: a number, or a numeric string the coercion turns into one. */
export const Decimal = Type.Number({ minimum: -999_999_999.99, maximum: 999_999_999.99 });

/** The C1 credential's tenant; a global credential has none. */
export function surveyTenant(auth: AuthContext): number {
  if (auth.vdnId === null) throw surveyEnvelope.generic('unauthorized', 'The credential is not bound to a tenant (VDN).');
  return auth.vdnId;
}

/** The value of a survey outcome, or the chapter's "500 Business failure". */
export function surveyValue<T>(outcome: SurveyOutcome<T>): T {
  if (!outcome.ok) throw surveyBusinessFailure(outcome.message);
  return outcome.value;
}
