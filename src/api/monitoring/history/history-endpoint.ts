import { Type, type TSchema } from '@sinclair/typebox';
import type { IndicatorTable, Scope } from '../../../domain/indicators/index.ts';
import { cmsCompatEnvelope, cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases, cmsTenant } from '../cms-request.ts';
import { dayRange, dayWindow, grainFields, historyFields, historyItems, idList, indexIdsSchema, itemsSchema, mediaFilter, monthRange, resolveIndicators, timeGrains } from './history-query.ts';

/**
 * The two shapes of §12.3.2's indicator interfaces: by grain over the current/previous day
 * (12.3.2.1, .3–.5; envelope A) and over a day or month range (12.3.2.6–.9; envelope B).
 */
interface HistorySpec {
  section: string;
  name: string;
  summary: string;
  path: string;
  scope: Scope;
  /** The request field listing the ids, its item schema and maximum length. */
  ids: { field: string; item: TSchema; max: number };
  tables: readonly IndicatorTable[];
  aliases?: Readonly<Record<string, string>>;
  gaps?: string;
}

const agentIdSchema = Type.Integer({ minimum: 0, maximum: 99999 });

/** Agent ids of the historical interfaces: 0–99999 (ref L59977). */
export const historyAgentIds = (max: number) => ({ field: 'agentIds', item: agentIdSchema, max });
/** "The array contains a maximum of 1000 characters" read as 1000 ids (note 08 A-19). */
export const historySkillIds = { field: 'skillIds', item: Type.Integer({ minimum: 1, maximum: 2000 }), max: 1000 };

const tableSize = (tables: readonly IndicatorTable[]) => tables.reduce((n, t) => n + t.size, 0);

type HistoryRequest = { vdn: number; ccId?: number; indexIds: string[]; timeGrain?: keyof typeof timeGrains; enableOffset?: 'Y' | 'N' } & Record<string, unknown>;
type Window = ReturnType<typeof dayWindow>;

/**
 * One historical interface: the grain (hisindex) and range (forday/formonth) variants differ only in
 * their time fields, their envelope and how they turn the request into a window.
 */
function historyEndpoint(spec: HistorySpec, options: { envelope: typeof cmsEnvelope; timeFields: Record<string, TSchema>; grain: boolean; window: (request: HistoryRequest, nowMs: number) => Window }) {
  return defineEndpoint({
    section: spec.section,
    name: spec.name,
    summary: spec.summary,
    method: 'POST',
    path: spec.path,
    auth: 'C2-any',
    envelope: options.envelope,
    keyAliases: cmsKeyAliases,
    body: Type.Object({ ...historyFields, ...options.timeFields, [spec.ids.field]: idList(spec.ids.item, spec.ids.max), indexIds: indexIdsSchema(tableSize(spec.tables)) }),
    response: Type.Object({ resultDesc: itemsSchema }),
    errors: ['0100002', '0101003'],
    ...(spec.gaps ? { gaps: spec.gaps } : {}),
    async handler({ body, auth, services }) {
      const request = body as HistoryRequest;
      const vdnId = await cmsTenant(services, auth, request);
      const grain = options.grain ? request.timeGrain : undefined;
      const indicators = resolveIndicators(request.indexIds, spec.tables, { grain: grain !== undefined, aliases: spec.aliases });
      const window = options.window(request, services.clock.now());
      const ids = request[spec.ids.field] as number[];
      const filter = mediaFilter(request as { mediaType?: number; subMediaType?: number });
      return { resultDesc: await historyItems(services, { vdnId, scope: spec.scope, ids, window, ...(grain === undefined ? {} : { grain }), filter, indicators }) };
    },
  });
}

export function grainHistoryEndpoint(spec: HistorySpec) {
  return historyEndpoint(spec, { envelope: cmsCompatEnvelope, timeFields: grainFields, grain: true, window: (request, nowMs) => dayWindow(nowMs, request.enableOffset) });
}

export function rangeHistoryEndpoint(spec: HistorySpec, unit: 'day' | 'month') {
  const timeFields: Record<string, TSchema> = unit === 'day'
    ? { beginDayTime: Type.String({ maxLength: 19 }), endDayTime: Type.String({ maxLength: 19 }) }
    : { beginMonthTime: Type.String({ maxLength: 6 }), endMonthTime: Type.String({ maxLength: 6 }) };
  const window = (request: HistoryRequest): Window => unit === 'day'
    ? dayRange(String(request.beginDayTime), String(request.endDayTime))
    : monthRange(String(request.beginMonthTime), String(request.endMonthTime));
  return historyEndpoint(spec, { envelope: cmsEnvelope, timeFields, grain: false, window });
}
