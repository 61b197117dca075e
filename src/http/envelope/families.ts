import { Type } from '@sinclair/typebox';
import { CecError, httpStatusText } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';
import { configGeneric, fieldEnvelope } from './field-envelope.ts';

/**
 * The envelopes of the reference, one per wire shape (note 01 §3.3 E1–E12, note 02 §3.3 A–D).
 * Endpoints pick one by name; nothing else builds reply bodies.
 */

/** CC-Gateway `{message, retcode, result}` (E3, A): HTTP 200, codes from Table 6-449. */
export const gatewayEnvelope = fieldEnvelope({
  name: 'gateway',
  codeField: 'retcode',
  messageField: 'message',
  successCode: '0',
  messageFirst: true,
  defaultSuccessMessage: 'success',
  failureExtra: { result: '' },
  generic: {
    invalidParameter: { code: '000-002', httpStatus: 200 },
    malformedRequest: { code: '000-002', httpStatus: 200 },
    unauthorized: { code: '000-003', httpStatus: 200 },
    notFound: { code: '210-001', httpStatus: 404 },
    internal: { code: '100-007', httpStatus: 200 },
  },
});

/** `{resultCode:"0"|"1", resultMessage}` (E4, E5): agent accounts 5.1.1–5.1.8. */
export const resultCodeEnvelope = fieldEnvelope({
  name: 'resultCode',
  codeField: 'resultCode',
  messageField: 'resultMessage',
  successCode: '0',
  generic: configGeneric('1'),
});

/** `{returnCode, description}` (E8): skills, numbers, IVR, templates, 5.1.12. */
export const returnCodeEnvelope = fieldEnvelope({
  name: 'returnCode',
  codeField: 'returnCode',
  messageField: 'description',
  successCode: '0',
  generic: configGeneric('1'),
});

/** `{returnCode, message, results}` (E7): 5.1.11 queryAgentLoginParams. */
export const returnCodeMessageEnvelope = fieldEnvelope({
  name: 'returnCodeMessage',
  codeField: 'returnCode',
  messageField: 'message',
  successCode: '0',
  generic: configGeneric('1'),
});

/** `{retCode, retMsg}` (E9): 5.1.13. */
export const retCodeEnvelope = fieldEnvelope({
  name: 'retCode',
  codeField: 'retCode',
  messageField: 'retMsg',
  successCode: '0',
  generic: configGeneric('1'),
});

/** `{result, retCode, message}` (E10): 5.4.1. */
export const retCodeMessageEnvelope = fieldEnvelope({
  name: 'retCodeMessage',
  codeField: 'retCode',
  messageField: 'message',
  successCode: '0',
  generic: configGeneric('1'),
});

/** OIAP `{errorCode:int, errorMsg}` (E2): 4.4 and chapter 10. */
export const oiapEnvelope = fieldEnvelope({
  name: 'oiap',
  codeField: 'errorCode',
  messageField: 'errorMsg',
  successCode: 0,
  numericCode: true,
  defaultSuccessMessage: '',
  generic: {
    invalidParameter: { code: '100000', httpStatus: 200 },
    malformedRequest: { code: '100000', httpStatus: 400 },
    unauthorized: { code: '100001', httpStatus: 401 },
    notFound: { code: '100000', httpStatus: 404 },
    internal: { code: '100002', httpStatus: 500 },
  },
});

/**
 * Replies that are a bare object (E1 token, E6 querySysInfo, CMS ping). Failures have no documented
 * body beyond the HTTP status text (5.1.9 Tables 5-27..5-30 give a plain string schema).
 */
export const bareEnvelope: Envelope = {
  name: 'bare',
  success: (payload) => payload,
  failure: (error) => error.message,
  generic(kind, message) {
    const status = { invalidParameter: 400, malformedRequest: 400, unauthorized: 401, notFound: 404, internal: 500 }[kind];
    return new CecError(String(status), message || httpStatusText[status as keyof typeof httpStatusText], { httpStatus: status });
  },
  successSchema: (payload) => payload,
  failureSchema: () => Type.String(),
};

export const envelopes = {
  gateway: gatewayEnvelope,
  resultCode: resultCodeEnvelope,
  returnCode: returnCodeEnvelope,
  returnCodeMessage: returnCodeMessageEnvelope,
  retCode: retCodeEnvelope,
  retCodeMessage: retCodeMessageEnvelope,
  oiap: oiapEnvelope,
  bare: bareEnvelope,
} as const;

/**
 * API Fabric token service (4.2). Success is the bare PascalCase object; the reference documents no
 * failure body, so failures carry `{error_code, error_msg}` as API gateways of the family do
 * (decision 0001), with the HTTP status saying what happened.
 */
export const apiFabricEnvelope: Envelope = {
  name: 'apiFabric',
  success: (payload) => payload,
  failure: (error) => ({ error_code: error.code, error_msg: error.message }),
  generic(kind, message) {
    const status = { invalidParameter: 400, malformedRequest: 400, unauthorized: 401, notFound: 404, internal: 500 }[kind];
    return new CecError(`APIGW.${status}`, message || httpStatusText[status as keyof typeof httpStatusText], { httpStatus: status });
  },
  successSchema: (payload) => payload,
  failureSchema: () => Type.Object({ error_code: Type.String(), error_msg: Type.String() }),
};
