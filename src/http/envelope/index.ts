export type { Envelope } from './envelope.ts';
export { fieldEnvelope, configGeneric } from './field-envelope.ts';
export * from './families.ts';
export { envelopeForPath } from './path-families.ts';
export * from './cms-envelopes.ts';
export { ccfsEnvelope } from './ccfs-envelope.ts';
export { isalesEnvelope, isalesSuccessCode } from './isales-envelope.ts';
export { surveyEnvelope, examScoreEnvelope, surveyBusinessFailure, surveySuccessCode } from './survey-envelopes.ts';
export { sqmEnvelope, type SqmEnvelope, type SqmFailureKind } from './sqm-envelope.ts';
