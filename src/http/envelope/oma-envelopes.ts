import { Type } from '@sinclair/typebox';
import { CecError, httpStatusText, type GenericFailure } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';

type StatusTexts = Record<GenericFailure, { status: number; text: string }>;

interface TextFailureOptions {
  name: string;
  statuses: StatusTexts;
  /** Return-code fields of a successful (HTTP 200) body; without them the payload is the body. */
  codes?: { fields: readonly { code: string; message: string }[]; successCode: string; successMessage: string };
}

/**
 * The OMA (§15) and one-click trial (§17.2, §17.3) replies: transport failures are the HTTP status
 * with the section's text as the body (`schema: String`); §17.2/§17.3 report their business
 * outcomes as return codes in an HTTP 200 body. Where a section's table and example spell the code
 * fields differently, both spellings are sent (decision 1504).
 */
function textFailureEnvelope(options: TextFailureOptions): Envelope {
  const { codes } = options;
  const coded = (code: string, message: string, rest: Record<string, unknown>) => {
    const head: Record<string, unknown> = {};
    for (const f of codes!.fields) Object.assign(head, { [f.code]: code, [f.message]: message });
    return { ...head, ...rest };
  };
  return {
    name: options.name,
    success(payload) {
      if (!codes) return payload;
      const { message, ...rest } = payload;
      return coded(codes.successCode, typeof message === 'string' ? message : codes.successMessage, rest);
    },
    failure(error) {
      if (error.httpStatus !== 200 || !codes) return error.message;
      return coded(error.code, error.message, error.extra ?? {});
    },
    generic(kind, message) {
      const { status, text } = options.statuses[kind];
      return new CecError(String(status), message ? `${text} (${message})` : text, { httpStatus: status });
    },
    successSchema(payload) {
      if (!codes) return payload;
      const fields = Object.fromEntries(codes.fields.flatMap((f) => [[f.code, Type.String()], [f.message, Type.String()]]));
      return Type.Composite([Type.Object(fields), payload as never]);
    },
    failureSchema: () => Type.String(),
  };
}

const unauthorizedMall =
  'Unauthorized operation. 1. Check whether you have purchased services related to the AICC. 2. Sign in to the AICC as a system administrator and check whether the value of Business Software Mall Official Website under System parameters > Unified Public Configuration > Cloud Customers is correct. 3. Check whether the request header parameter is correctly set.';

/** §15.1.1 and §15.1.2: 401 with the mall text, 502 "The business fails." for anything else. */
export const omaMallEnvelope = textFailureEnvelope({
  name: 'omaMall',
  statuses: {
    invalidParameter: { status: 502, text: 'The business fails.' },
    malformedRequest: { status: 502, text: 'The business fails.' },
    unauthorized: { status: 401, text: unauthorizedMall },
    notFound: { status: 404, text: httpStatusText[404] },
    internal: { status: 502, text: 'The business fails.' },
  },
});

/** §15.1.3–15.1.5: 400, 401, 404 and 500 with the texts of those sections. */
export const omaEnvelope = textFailureEnvelope({
  name: 'oma',
  statuses: {
    invalidParameter: { status: 400, text: httpStatusText[400] },
    malformedRequest: { status: 400, text: httpStatusText[400] },
    unauthorized: { status: 401, text: 'Unauthorized operation. Check whether related services are authorized.' },
    notFound: { status: 404, text: httpStatusText[404] },
    internal: { status: 500, text: httpStatusText[500] },
  },
});

const trialStatuses: StatusTexts = {
  invalidParameter: { status: 400, text: httpStatusText[400] },
  malformedRequest: { status: 400, text: httpStatusText[400] },
  unauthorized: { status: 401, text: httpStatusText[401] },
  notFound: { status: 404, text: httpStatusText[404] },
  internal: { status: 500, text: httpStatusText[500] },
};

/** §17.2 `{retCode, retMsg}` (Table 17-4 and the example agree). */
export const trialVerifyCodeEnvelope = textFailureEnvelope({
  name: 'trialVerifyCode',
  statuses: trialStatuses,
  codes: { fields: [{ code: 'retCode', message: 'retMsg' }], successCode: '200', successMessage: 'The short message is sent successfully.' },
});

/** §17.3 `{returnCode, returnMsg}` of Table 17-6, and `{retCode, retMsg}` of its example. */
export const trialApplyEnvelope = textFailureEnvelope({
  name: 'trialApply',
  statuses: trialStatuses,
  codes: { fields: [{ code: 'returnCode', message: 'returnMsg' }, { code: 'retCode', message: 'retMsg' }], successCode: '000', successMessage: 'success' },
});
