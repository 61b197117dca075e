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

/** What the agent interfaces cannot tell (shown in docs/coverage.md). */
export const agentHistoryGaps = 'wrap-up after outbound calls is counted as after inbound: the operation journal does not record the direction of the call before a wrap-up';

const tableSize = (tables: readonly IndicatorTable[]) => tables.reduce((n, t) => n + t.size, 0);

export function grainHistoryEndpoint(spec: HistorySpec) {
  return defineEndpoint({
    section: spec.section,
    name: spec.name,
    summary: spec.summary,
    method: 'POST',
    path: spec.path,
    auth: 'C2-any',
    envelope: cmsCompatEnvelope,
    keyAliases: cmsKeyAliases,
    body: Type.Object({ ...historyFields, ...grainFields, [spec.ids.field]: idList(spec.ids.item, spec.ids.max), indexIds: indexIdsSchema(tableSize(spec.tables)) }),
    response: Type.Object({ resultDesc: itemsSchema }),
    errors: ['0100002', '0101003'],
    ...(spec.gaps ? { gaps: spec.gaps } : {}),
    async handler({ body, auth, services }) {
      const request = body as { vdn: number; ccId?: number; indexIds: string[]; timeGrain?: keyof typeof timeGrains; enableOffset?: 'Y' | 'N' } & Record<string, unknown>;
      const vdnId = await cmsTenant(services, auth, request);
      const indicators = resolveIndicators(request.indexIds, spec.tables, { grain: request.timeGrain !== undefined, aliases: spec.aliases });
      const window = dayWindow(services.clock.now(), request.enableOffset);
      const ids = request[spec.ids.field] as number[];
      return { resultDesc: await historyItems(services, { vdnId, scope: spec.scope, ids, window, grain: request.timeGrain, filter: mediaFilter(request as { mediaType?: number; subMediaType?: number }), indicators }) };
    },
  });
}

export function rangeHistoryEndpoint(spec: HistorySpec, unit: 'day' | 'month') {
  const range: Record<string, TSchema> = unit === 'day'
    ? { beginDayTime: Type.String({ maxLength: 19 }), endDayTime: Type.String({ maxLength: 19 }) }
    : { beginMonthTime: Type.String({ maxLength: 6 }), endMonthTime: Type.String({ maxLength: 6 }) };
  return defineEndpoint({
    section: spec.section,
    name: spec.name,
    summary: spec.summary,
    method: 'POST',
    path: spec.path,
    auth: 'C2-any',
    envelope: cmsEnvelope,
    keyAliases: cmsKeyAliases,
    body: Type.Object({ ...historyFields, ...range, [spec.ids.field]: idList(spec.ids.item, spec.ids.max), indexIds: indexIdsSchema(tableSize(spec.tables)) }),
    response: Type.Object({ resultDesc: itemsSchema }),
    errors: ['0100002', '0101003'],
    ...(spec.gaps ? { gaps: spec.gaps } : {}),
    async handler({ body, auth, services }) {
      const request = body as { vdn: number; ccId?: number; indexIds: string[] } & Record<string, unknown>;
      const vdnId = await cmsTenant(services, auth, request);
      const indicators = resolveIndicators(request.indexIds, spec.tables, { grain: false, aliases: spec.aliases });
      const window = unit === 'day'
        ? dayRange(String(request.beginDayTime), String(request.endDayTime))
        : monthRange(String(request.beginMonthTime), String(request.endMonthTime));
      const ids = request[spec.ids.field] as number[];
      return { resultDesc: await historyItems(services, { vdnId, scope: spec.scope, ids, window, filter: mediaFilter(request as { mediaType?: number; subMediaType?: number }), indicators }) };
    },
  });
}
