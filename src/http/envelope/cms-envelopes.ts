import { Type, type TSchema } from '@sinclair/typebox';
import { cmsResultCodes, cmsResultTexts } from '../../domain/monitoring/index.ts';
import { CecError, type GenericFailure } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';
import { fieldEnvelope } from './field-envelope.ts';

/**
 * The CC-CMS envelopes (CEC §12.3, note 08 §3.2). Every reply is HTTP 200 with a JSON body except
 * an authentication failure, which is 401 (ref L1192). Handlers of the `resultCode` envelopes
 * return `{ resultDesc, count? }`: the payload goes in `resultDesc` (and, for envelope A, in the
 * 8.13-compatible duplicate `resultDatas`).
 */
const cmsGeneric: Record<GenericFailure, { code: string; httpStatus: number }> = {
  invalidParameter: { code: cmsResultCodes.invalidParameter, httpStatus: 200 },
  malformedRequest: { code: cmsResultCodes.invalidParameter, httpStatus: 200 },
  unauthorized: { code: cmsResultCodes.failed, httpStatus: 401 },
  notFound: { code: cmsResultCodes.failed, httpStatus: 404 },
  internal: { code: cmsResultCodes.unknown, httpStatus: 200 },
};

/** The `returnCode`/`retcode` interfaces document only "0" and "1" (Table 12-631's `1`: parameter invalid or system error). */
const failsWithOne: Record<GenericFailure, { code: string; httpStatus: number }> = {
  ...cmsGeneric,
  invalidParameter: { code: '1', httpStatus: 200 },
  malformedRequest: { code: '1', httpStatus: 200 },
  internal: { code: '1', httpStatus: 200 },
};

function cmsGenericFailure(kind: GenericFailure, message: string): CecError {
  const { code, httpStatus } = cmsGeneric[kind];
  return new CecError(code, message || cmsResultTexts[code as keyof typeof cmsResultTexts], { httpStatus });
}

/** Failure body of every `resultCode` interface: `{resultCode, resultDesc}` (ref L64590). */
function resultCodeFailure(error: CecError): Record<string, unknown> {
  return { resultCode: error.code, resultDesc: error.message, ...error.extra };
}

const failureSchema = () => Type.Object({ resultCode: Type.String(), resultDesc: Type.String() });

/** Envelope B `{resultCode, resultDesc}`; also E1, whose `resultDesc` is a text. */
export const cmsEnvelope: Envelope = {
  name: 'cms',
  success: ({ resultDesc, ...rest }) => ({ resultCode: cmsResultCodes.success, resultDesc: resultDesc ?? cmsResultTexts[cmsResultCodes.success], ...rest }),
  failure: resultCodeFailure,
  generic: cmsGenericFailure,
  successSchema: (payload: TSchema) => Type.Composite([Type.Object({ resultCode: Type.Literal(cmsResultCodes.success) }), payload as never]),
  failureSchema,
};

/**
 * Envelope A `{result:"0", resultCode, resultDatas, resultDesc[, count]}`: `result` and
 * `resultDatas` duplicate the code and the payload "for compatibility with 8.13 and earlier"
 * (ref L54130). A failure repeats its code in `result`, so that old clients see it as non-zero.
 */
export const cmsCompatEnvelope: Envelope = {
  name: 'cmsCompat',
  success: ({ resultDesc, count, ...rest }) => ({
    result: '0',
    resultCode: cmsResultCodes.success,
    resultDatas: resultDesc,
    resultDesc,
    ...(count === undefined ? {} : { count }),
    ...rest,
  }),
  failure: (error) => ({ result: error.code, ...resultCodeFailure(error) }),
  generic: cmsGenericFailure,
  successSchema: (payload: TSchema) =>
    Type.Composite([Type.Object({ result: Type.Literal('0'), resultCode: Type.Literal(cmsResultCodes.success), resultDatas: Type.Unknown() }), payload as never]),
  failureSchema,
};

/** Envelope G of the pre-8.13 interfaces (§12.3.8.13): `{result:"0", resultDatas}`. */
export const cmsLegacyEnvelope: Envelope = {
  name: 'cmsLegacy',
  success: ({ resultDatas, ...rest }) => ({ result: '0', resultDatas, ...rest }),
  failure: (error) => ({ result: error.code, resultDesc: error.message, ...error.extra }),
  generic: cmsGenericFailure,
  successSchema: (payload: TSchema) => Type.Composite([Type.Object({ result: Type.Literal('0') }), payload as never]),
  failureSchema: () => Type.Object({ result: Type.String(), resultDesc: Type.String() }),
};

/** Envelope C `{returnCode:"0", description, data}` of 12.3.1.3.13 ("Error Codes: None"). */
export const cmsReturnCodeEnvelope = fieldEnvelope({
  name: 'cmsReturnCode',
  codeField: 'returnCode',
  messageField: 'description',
  successCode: '0',
  defaultSuccessMessage: 'success',
  generic: failsWithOne,
});

/** Envelope D `{returnCode:"0", returnDesc:"query success", total, missedCalls}` of 12.3.2.2. */
export const cmsReturnDescEnvelope = fieldEnvelope({
  name: 'cmsReturnDesc',
  codeField: 'returnCode',
  messageField: 'returnDesc',
  successCode: '0',
  defaultSuccessMessage: 'query success',
  generic: failsWithOne,
});

/** Envelope E2 `{retcode, message, result}` of 12.3.4.10–.11, end codes of Table 12-631. */
export const cmsRetcodeEnvelope = fieldEnvelope({
  name: 'cmsRetcode',
  codeField: 'retcode',
  messageField: 'message',
  successCode: '0',
  defaultSuccessMessage: 'success',
  generic: failsWithOne,
});
