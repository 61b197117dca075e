import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { fieldEnvelope, type Envelope } from '../../http/envelope/index.ts';
import type { FieldEnvelopeOptions } from '../../http/envelope/field-envelope.ts';

/**
 * The reply shapes of chapter 10 (note 05 §3.3): the OIAP interfaces use several, all coding
 * failures with Table 10-1 (ref L32302–32330). A missing or expired token is 900001; a schema
 * violation 10000002; an unknown referenced id 10000003 (decision 1001).
 */
export const oiapCodes = {
  noToken: '900001',
  tokenCheckFailed: '900002',
  internal: '10000001',
  invalidParameter: '10000002',
  notExist: '10000003',
  alreadyExists: '10000004',
} as const;

const generic: FieldEnvelopeOptions['generic'] = {
  invalidParameter: { code: oiapCodes.invalidParameter, httpStatus: 200 },
  malformedRequest: { code: oiapCodes.invalidParameter, httpStatus: 400 },
  unauthorized: { code: oiapCodes.noToken, httpStatus: 200 },
  notFound: { code: oiapCodes.notExist, httpStatus: 404 },
  internal: { code: oiapCodes.internal, httpStatus: 500 },
};

/** `{errorCode:int, errorMsg, ...}`: domains, intents, record queries, RPA. */
export const oiapCodeEnvelope = fieldEnvelope({ name: 'oiap10', codeField: 'errorCode', messageField: 'errorMsg', successCode: 0, numericCode: true, defaultSuccessMessage: '', generic });

/** `{errorCode:int, errorMessage, ...}`: semantic recognition (10.19), transfer records (10.18). */
export const oiapErrorMessageEnvelope = fieldEnvelope({ name: 'oiap10Message', codeField: 'errorCode', messageField: 'errorMessage', successCode: 0, numericCode: true, defaultSuccessMessage: 'success', generic });

/** `{errorCode:"0", errorMsg}`: FAQ mutations (10.9.2–10.9.9) and the silent agent (10.11). */
export const oiapStringCodeEnvelope = fieldEnvelope({ name: 'oiap10String', codeField: 'errorCode', messageField: 'errorMsg', successCode: '0', defaultSuccessMessage: '', generic });

/** `{rtnCode:int, rtnMsg, ...}`: the interaction history (10.7). */
export const rtnCodeEnvelope = fieldEnvelope({ name: 'oiapRtnCode', codeField: 'rtnCode', messageField: 'rtnMsg', successCode: 0, numericCode: true, defaultSuccessMessage: 'success', generic });

/** `{retCode:"0", retMsg}`: ASR pushes (10.12), TTS (10.21), the offline-ASR callback (10.22); they list HTTP 401. */
export const oiapRetCodeEnvelope = fieldEnvelope({
  name: 'oiapRetCode',
  codeField: 'retCode',
  messageField: 'retMsg',
  successCode: '0',
  defaultSuccessMessage: 'success',
  generic: { ...generic, unauthorized: { code: oiapCodes.noToken, httpStatus: 401 }, malformedRequest: { code: oiapCodes.invalidParameter, httpStatus: 400 } },
});

const codeFailure = (error: CecError) => ({ errorCode: Number(error.code), errorMsg: error.message, ...error.extra });
const codeFailureSchema = () => Type.Object({ errorCode: Type.Integer(), errorMsg: Type.String() });

/** Success is the payload alone (flows, bindings, FAQ queries and tests, NLP utilities); failures `{errorCode:int, errorMsg}`. */
export const oiapPayloadEnvelope: Envelope = {
  name: 'oiap10Payload',
  success: (payload) => payload,
  failure: codeFailure,
  generic: (kind, message) => new CecError(generic[kind].code, message, { httpStatus: generic[kind].httpStatus }),
  successSchema: (payload) => payload,
  failureSchema: codeFailureSchema,
};

/** Success is a bare JSON array (the handler returns `{items}`): statistics 10.15.1/.2/.4. */
export const oiapArrayEnvelope: Envelope = {
  ...oiapPayloadEnvelope,
  name: 'oiap10Array',
  success: (payload) => payload.items,
  successSchema: () => Type.Array(Type.Object({})),
};

/** Success is HTTP 200 with no body (binding add/modify/delete, ref L32579–32588). */
export const oiapEmptyEnvelope: Envelope = {
  ...oiapPayloadEnvelope,
  name: 'oiap10Empty',
  success: () => undefined,
  successSchema: () => Type.Null(),
};

/**
 * The dialog interface (10.5/10.6): `{ret, userid, outaction, outparams}`. Failures carry `ret` with
 * a Table 10-1 code and `errorMsg`; the HTTP status follows ref L32900–32905 (decision 1001).
 */
export const dialogEnvelope: Envelope = {
  name: 'oiapDialog',
  success: (payload) => ({ ret: 0, ...payload }),
  failure: (error) => ({ ret: Number(error.code), errorMsg: error.message, ...error.extra }),
  generic(kind, message) {
    const status = { invalidParameter: 400, malformedRequest: 400, unauthorized: 200, notFound: 500, internal: 500 }[kind];
    return new CecError(generic[kind].code, message, { httpStatus: status });
  },
  successSchema: (payload) => Type.Composite([Type.Object({ ret: Type.Integer() }), payload as never]),
  failureSchema: () => Type.Object({ ret: Type.Integer(), errorMsg: Type.String() }),
};
