import { Type } from '@sinclair/typebox';
import { CecError } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';

/** Spring Boot's words for the statuses CC-FS answers outside its envelope (13.2.3.2, Table 13-127). */
const springError: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' };

/**
 * CC-FS (13.2.1) replies `{"resultData": {...}|null, "resultCode": "0", "resultDesc": "success"}` in
 * the examples' key order (ref L67444, L68282), business failures with HTTP 200 and a code of
 * 13.2.3.1. Authentication failures are HTTP 401 (403 once an address is locked) with the Spring
 * Boot error body of Table 13-127: `{timestamp, status, error, message, path}` (ref L69049).
 * The legacy `response` object is "not recommended" and not sent.
 */
export const ccfsEnvelope: Envelope = {
  name: 'ccfs',
  success(payload) {
    const { resultData, resultDesc, ...rest } = payload;
    return { resultData: resultData ?? null, resultCode: '0', resultDesc: typeof resultDesc === 'string' ? resultDesc : 'success', ...rest };
  },
  failure(error, context) {
    if (error.httpStatus === 401 || error.httpStatus === 403) {
      return { timestamp: context.nowMs, status: error.httpStatus, error: springError[error.httpStatus], message: 'No message available', path: context.path };
    }
    return { resultData: null, resultCode: error.code, resultDesc: error.message, ...error.extra };
  },
  generic(kind, message) {
    switch (kind) {
      case 'unauthorized':
        return new CecError('401', message, { httpStatus: 401 });
      case 'internal':
        return new CecError('0300025', 'Internal system error.');
      case 'notFound':
        return new CecError('0300011', 'The file does not exist.', { httpStatus: 404 });
      case 'malformedRequest':
        return new CecError('0300007', 'The params of requestBody is null.');
      default:
        return new CecError('0300004', message || 'The format of the parameter is incorrect.');
    }
  },
  successSchema(payload) {
    return Type.Object({ resultData: Type.Union([payload, Type.Null()]), resultCode: Type.Literal('0'), resultDesc: Type.String() });
  },
  failureSchema() {
    return Type.Object({ resultData: Type.Null(), resultCode: Type.String(), resultDesc: Type.String() });
  },
};
