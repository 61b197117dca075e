import { Type, type TProperties, type TSchema } from '@sinclair/typebox';
import { cmsResultCodes } from '../../../domain/monitoring/index.ts';
import { parseUtcDateTime, sampleRangeMsMax } from '../../../services/system-indicators/cti-sysindex.ts';
import type { ApiServices } from '../../services.ts';
import { ccIdSchema, cmsFailure } from '../cms-request.ts';

/** The codes the system-indicator interfaces answer (note 08 §6.4), in precedence order. */
export const systemErrors = [cmsResultCodes.invalidParameter, cmsResultCodes.insufficientPermission, cmsResultCodes.unknown] as const;

/** "Not applicable / unlimited" of the Long licence fields (note 08 §3.4). */
export const notApplicable = 4_294_967_295;

const sampleDateTime = Type.String({ maxLength: 19, description: 'yyyy-MM-dd HH:mm:ss, UTC' });

/**
 * The body of the 5-minute sample interfaces (12.3.6.4–.6): an optional `ccId`, the interface's
 * filters, `beginDate`/`endDate` in UTC "yyyy-MM-dd HH:mm:ss", `limit` (default 100) and `offset`
 * (default 0).
 */
export function sampleBody<P extends TProperties>(filters: P) {
  return Type.Object({
    ccId: Type.Optional(ccIdSchema),
    ...filters,
    beginDate: sampleDateTime,
    endDate: sampleDateTime,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
  });
}

/** Their reply: one page of samples and the total, `{data, count}` in `resultDesc`. */
export function samplePageResponse<T extends TSchema>(sample: T) {
  return Type.Object({ resultDesc: Type.Object({ data: Type.Array(sample), count: Type.Integer() }) });
}

/** An optional `ccId` must be this call center's (decision 0801). */
export function checkCcId(services: ApiServices, ccId: number | undefined): void {
  if (ccId !== undefined && ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
}

/**
 * The sample window [fromMs, toMs) of a request: `endDate` is inclusive to the second, and the
 * interval may not exceed 31 days (ref L63700).
 */
export function sampleWindow(body: { beginDate: string; endDate: string }): { fromMs: number; toMs: number } {
  const fromMs = parseUtcDateTime(body.beginDate);
  const toMs = parseUtcDateTime(body.endDate);
  if (fromMs === undefined || toMs === undefined || toMs < fromMs) throw cmsFailure('invalidParameter', 'beginDate and endDate must be yyyy-MM-dd HH:mm:ss with beginDate first');
  if (toMs - fromMs > sampleRangeMsMax) throw cmsFailure('invalidParameter', 'the interval cannot exceed 31 days');
  return { fromMs, toMs: toMs + 1000 };
}

/** One page of `items` and their total. */
export function samplePage<T>(items: readonly T[], body: { offset?: number; limit?: number }): { data: T[]; count: number } {
  const offset = body.offset ?? 0;
  return { data: items.slice(offset, offset + (body.limit ?? 100)), count: items.length };
}
