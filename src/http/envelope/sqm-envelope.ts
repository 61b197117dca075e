import { Type, type TSchema } from '@sinclair/typebox';
import { CecError, httpStatusText, type GenericFailure } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';

/**
 * The intelligent quality check (§12.2, note 07 §3.3): a flat `{resultCode, resultDesc, ...payload}`
 * with one success code per module (`0412000` score settings, `0405000` rules, …; `1010200` the
 * CCISQM open API). The reference documents no business error codes, only HTTP statuses (note 07
 * §6.2), so failures are `{resultCode, resultDesc}` with the module's `04MM0xx` code and the HTTP
 * status the reference lists for the situation (decision 1221):
 * - 400 `…001` malformed or invalid input;
 * - 500 `…002` an id that names nothing of the tenant;
 * - 409 `…003` a duplicate name (documented for silence rules, ref L47611);
 * - 500 `…004` a state that forbids the operation (a referenced object, an illegal transition).
 */
export type SqmFailureKind = 'invalid' | 'notFound' | 'duplicate' | 'state';

const failureSuffix: Record<SqmFailureKind, { suffix: string; httpStatus: number }> = {
  invalid: { suffix: '001', httpStatus: 400 },
  notFound: { suffix: '002', httpStatus: 500 },
  duplicate: { suffix: '003', httpStatus: 409 },
  state: { suffix: '004', httpStatus: 500 },
};

export interface SqmEnvelope extends Envelope {
  readonly successCode: string;
  fail(kind: SqmFailureKind, message?: string): CecError;
}

const defaultText: Record<SqmFailureKind, string> = {
  invalid: httpStatusText[400],
  notFound: httpStatusText[500],
  duplicate: 'The rule name exists.',
  state: httpStatusText[500],
};

/**
 * `successCode` is the module's code; `shape` says how a success is written:
 * `flat` the code first then the payload, `bare` the payload alone (appraisecall/details and
 * queryAllScenario carry no code, ref L49356, L49192), `list` the payload's `list` as a JSON array
 * (appraisecall/credit ref L53395, queryQualityItemResult ref L52566).
 */
export function sqmEnvelope(successCode: string, shape: 'flat' | 'bare' | 'list' = 'flat', successText = 'Operation successful.'): SqmEnvelope {
  const base = successCode.slice(0, 4);
  const fail = (kind: SqmFailureKind, message?: string): CecError => {
    const { suffix, httpStatus } = failureSuffix[kind];
    return new CecError(`${base}${suffix}`, message ?? defaultText[kind], { httpStatus });
  };
  const generic = (kind: GenericFailure, message: string): CecError => {
    if (kind === 'unauthorized') return new CecError(`${base}401`, message || httpStatusText[401], { httpStatus: 401 });
    if (kind === 'notFound') return new CecError('404', message || httpStatusText[404], { httpStatus: 404 });
    if (kind === 'internal') return new CecError(`${base}500`, message || httpStatusText[500], { httpStatus: 500 });
    return fail('invalid', message ? `${httpStatusText[400]} ${message}` : undefined);
  };
  return {
    name: `sqm-${successCode}-${shape}`,
    successCode,
    fail,
    success(payload) {
      if (shape === 'list') return payload.list ?? [];
      if (shape === 'bare') return payload;
      const { resultDesc, ...rest } = payload;
      return { resultCode: successCode, resultDesc: typeof resultDesc === 'string' ? resultDesc : successText, ...rest };
    },
    // The ASR open API documents its own failure body, `{errorMessage, errorCode}` (ref L52832): carried whole in `extra`.
    failure: (error) => (error.extra && 'errorCode' in error.extra ? error.extra : { resultCode: error.code, resultDesc: error.message, ...error.extra }),
    generic,
    successSchema(payload: TSchema) {
      if (shape === 'list') return Type.Array(Type.Unknown());
      if (shape === 'bare') return payload;
      return Type.Composite([Type.Object({ resultCode: Type.Literal(successCode), resultDesc: Type.String() }), payload as never]);
    },
    failureSchema: () => Type.Object({ resultCode: Type.String(), resultDesc: Type.String() }),
  };
}
