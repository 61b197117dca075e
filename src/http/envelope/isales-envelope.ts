import { Type, type TSchema } from '@sinclair/typebox';
import { CecError, type GenericFailure } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';

/**
 * The CC-iSales envelope (chapter 7, note 04 §3.3): both code pairs carry the same code and text,
 * `{resultCode, resultDesc, returnCode, returnDesc, ...payload}`, success "0200000" (ref L22020).
 * Business failures are HTTP 200; only an authentication failure is 401. The examples' 8-digit
 * "02000000" and integer 0 are misprints (note 04 §3.4): the documented 7-digit form is emitted.
 */
export const isalesSuccessCode = '0200000';

const isalesGeneric: Record<GenericFailure, { code: string; httpStatus: number }> = {
  invalidParameter: { code: '0200001', httpStatus: 200 },
  malformedRequest: { code: '0200001', httpStatus: 200 },
  unauthorized: { code: '0200001', httpStatus: 401 },
  notFound: { code: '0200001', httpStatus: 404 },
  internal: { code: '0200006', httpStatus: 200 },
};

function pair(code: string, text: string): Record<string, string> {
  return { resultCode: code, resultDesc: text, returnCode: code, returnDesc: text };
}

export const isalesEnvelope: Envelope = {
  name: 'isales',
  success({ resultDesc, ...payload }) {
    return { ...pair(isalesSuccessCode, typeof resultDesc === 'string' ? resultDesc : ''), ...payload };
  },
  failure(error) {
    return { ...pair(error.code, error.message), ...error.extra };
  },
  generic(kind, message) {
    const { code, httpStatus } = isalesGeneric[kind];
    return new CecError(code, message || 'parameter error', { httpStatus });
  },
  successSchema(payload: TSchema) {
    return Type.Composite([
      Type.Object({ resultCode: Type.Literal(isalesSuccessCode), resultDesc: Type.String(), returnCode: Type.Literal(isalesSuccessCode), returnDesc: Type.String() }),
      payload as never,
    ]);
  },
  failureSchema() {
    return Type.Object({ resultCode: Type.String(), resultDesc: Type.String(), returnCode: Type.String(), returnDesc: Type.String() });
  },
};
