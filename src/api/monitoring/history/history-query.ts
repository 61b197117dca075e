import { Type, type TSchema } from '@sinclair/typebox';
import type { Indicator, IndicatorTable, Scope } from '../../../domain/indicators/index.ts';
import { readIndicators } from '../../../stats/historical/index.ts';
import type { BucketFilter } from '../../../store/index.ts';
import type { ApiServices } from '../../services.ts';
import { ccIdSchema, cmsFailure, vdnIdSchema } from '../cms-request.ts';

/**
 * What the historical interfaces (CEC §12.3.2) share: request fields, indicator resolution with
 * the grain rules, the VDN-local day/month windows and the `{id, idxs:[{id, val}]}` items.
 * OpenCEC keeps no VDN time zone, so VDN-local days are UTC days (decision 0814).
 */
const dayMs = 86_400_000;

export const timeGrains = { '15MIN': 15 * 60_000, '30MIN': 30 * 60_000, '60MIN': 60 * 60_000 } as const;

export const historyFields = {
  ccId: Type.Optional(ccIdSchema),
  vdn: vdnIdSchema,
  mediaType: Type.Optional(Type.Integer({ minimum: 0, maximum: 255 })),
  subMediaType: Type.Optional(Type.Integer({ minimum: 0, maximum: 255 })),
};

export const grainFields = {
  timeGrain: Type.Optional(Type.Union([Type.Literal('15MIN'), Type.Literal('30MIN'), Type.Literal('60MIN')])),
  enableOffset: Type.Optional(Type.Union([Type.Literal('Y'), Type.Literal('N')])),
};

export const indexIdsSchema = (max: number) => Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: max });

export const idList = <T extends TSchema>(item: T, max: number) => Type.Array(item, { minItems: 1, maxItems: max });

const idxSchema = Type.Object({ id: Type.String(), val: Type.Union([Type.String(), Type.Record(Type.String(), Type.String())]) });
export const itemsSchema = Type.Array(Type.Object({ id: Type.String(), idxs: Type.Array(idxSchema) }));

/**
 * The indicators a request names, in its order. An unknown code, a "only by minute" code without
 * `timeGrain` or a "no by-minute" code with it is 0100002 (note 08 §5.4.3, §5.5).
 */
export function resolveIndicators(codes: readonly string[], tables: readonly IndicatorTable[], options: { grain: boolean; aliases?: Readonly<Record<string, string>> }): Indicator[] {
  return codes.map((raw) => {
    const code = options.aliases?.[raw] ?? raw;
    const indicator = tables.map((t) => t.get(code)).find((i) => i !== undefined);
    if (!indicator) throw cmsFailure('invalidParameter', `unknown indicator ${raw}`);
    if (indicator.grain === 'min' && !options.grain) throw cmsFailure('invalidParameter', `${raw} needs timeGrain`);
    if (indicator.grain === 'day' && options.grain) throw cmsFailure('invalidParameter', `${raw} cannot be queried by timeGrain`);
    return { ...indicator, code: raw };
  });
}

/** The current VDN-local day, or the previous one with enableOffset "Y" (ref L59343, L59351). */
export function dayWindow(nowMs: number, enableOffset: 'Y' | 'N' | undefined): { fromMs: number; toMs: number } {
  const today = Math.floor(nowMs / dayMs) * dayMs;
  return enableOffset === 'Y' ? { fromMs: today - dayMs, toMs: today } : { fromMs: today, toMs: today + dayMs };
}

const dayTime = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

function parseDayTime(text: string, field: string): number {
  const m = dayTime.exec(text.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(m[3])) throw cmsFailure('invalidParameter', `${field} must be yyyy-MM-dd HH:mm:ss`);
  return ms;
}

/** Longest day range (31 days) and month range (12 months): the reference names none (note 08 A-56, decision 0814). */
export const rangeDaysMax = 31;
export const rangeMonthsMax = 12;

/** [beginDayTime, endDayTime) in the VDN's time zone (ref L60205: 00:00 to next 00:00 is one day). */
export function dayRange(begin: string, end: string): { fromMs: number; toMs: number } {
  const fromMs = parseDayTime(begin, 'beginDayTime');
  const toMs = parseDayTime(end, 'endDayTime');
  if (toMs <= fromMs) throw cmsFailure('invalidParameter', 'endDayTime must be after beginDayTime');
  if (toMs - fromMs > rangeDaysMax * dayMs) throw cmsFailure('invalidParameter', `the range may span at most ${rangeDaysMax} days`);
  return { fromMs, toMs };
}

function parseMonth(text: string, field: string): { year: number; month: number } {
  const m = /^(\d{4})(\d{2})$/.exec(text.trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw cmsFailure('invalidParameter', `${field} must be yyyyMM`);
  return { year: Number(m[1]), month };
}

/** Months beginMonthTime..endMonthTime inclusive (ref L60339: "202007".."202008"). */
export function monthRange(begin: string, end: string): { fromMs: number; toMs: number } {
  const a = parseMonth(begin, 'beginMonthTime');
  const b = parseMonth(end, 'endMonthTime');
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (months < 1) throw cmsFailure('invalidParameter', 'endMonthTime must not be before beginMonthTime');
  if (months > rangeMonthsMax) throw cmsFailure('invalidParameter', `the range may span at most ${rangeMonthsMax} months`);
  return { fromMs: Date.UTC(a.year, a.month - 1, 1), toMs: Date.UTC(b.year, b.month, 1) };
}

export interface HistoryRead {
  vdnId: number;
  scope: Scope;
  ids: readonly (string | number)[];
  window: { fromMs: number; toMs: number };
  grain?: keyof typeof timeGrains;
  filter: BucketFilter;
  indicators: readonly Indicator[];
}

/** `[{id, idxs:[{id, val}]}]`, one item per requested id and one idx per indicator, in request order. */
export async function historyItems(services: ApiServices, read: HistoryRead) {
  // Records accepted before the query are summarised before it is answered.
  await services.cti.records.flushed();
  const ids = [...new Set(read.ids.map(String))];
  const values = await readIndicators(services.repos, {
    vdnId: read.vdnId,
    scope: read.scope,
    ids,
    fromMs: read.window.fromMs,
    toMs: read.window.toMs,
    grainMs: read.grain ? timeGrains[read.grain] : null,
    filter: read.filter,
    indicators: read.indicators,
  });
  return ids.map((id) => ({ id, idxs: read.indicators.map((i) => ({ id: i.code, val: values.get(id)?.get(i.code) ?? '0' })) }));
}

export const mediaFilter = (body: { mediaType?: number; subMediaType?: number }): BucketFilter => ({
  ...(body.mediaType === undefined ? {} : { mediaType: body.mediaType }),
  ...(body.subMediaType === undefined ? {} : { subMediaType: body.subMediaType }),
});
