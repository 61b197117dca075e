import { forbiddenNameFilterCharacter, isSkillMediaTypeId } from '../../domain/config/skill-fields.ts';
import { positiveId } from '../../domain/config/skill-param-rules.ts';
import type { Page } from '../../domain/config/paging.ts';
import type { Repositories } from '../../store/index.ts';
import type { SkillCatalog, TenantSkills } from './skill-catalog.ts';
import { skillView, type SkillView } from './skill-view.ts';

export interface SkillQuery {
  name?: string;
  mediaTypeId?: number;
  /** Strings of digits, as Table 5-54 types them; an empty array means every skill. */
  skillIds?: readonly string[];
}

export type SkillQueryRejection =
  | { tag: 'NameFilterForbiddenCharacter'; character: string }
  | { tag: 'MediaTypeUnsupported'; mediaTypeId: number }
  | { tag: 'SkillIdInvalid'; text: string };

export type SkillQueryResult = { ok: true; value: { total: number; data: SkillView[] } } | { ok: false; rejection: SkillQueryRejection };

/**
 * CEC §5.2.4 (ref L4352–4493): the tenant's skill queues, filtered by a name fragment
 * (case-insensitive; the reference does not say exact or fuzzy, and a fragment is what a search
 * box sends), a media type and a list of ids, one page of them with the total.
 */
export async function querySkills(source: { repos: Repositories; skillCatalog: SkillCatalog }, vdnId: number, query: SkillQuery, page: Page): Promise<SkillQueryResult> {
  const name = query.name?.trim() || undefined;
  const character = name === undefined ? undefined : forbiddenNameFilterCharacter(name);
  if (character !== undefined) return { ok: false, rejection: { tag: 'NameFilterForbiddenCharacter', character } };
  if (query.mediaTypeId !== undefined && !isSkillMediaTypeId(query.mediaTypeId)) {
    return { ok: false, rejection: { tag: 'MediaTypeUnsupported', mediaTypeId: query.mediaTypeId } };
  }
  const skillIds: number[] = [];
  // Clients also send one string of ids ("1,2"), which the schema wraps into an array.
  for (const text of (query.skillIds ?? []).flatMap((item) => item.split(/[,;-]/)).filter((item) => item.trim() !== '')) {
    const id = positiveId(text);
    if (id === undefined) return { ok: false, rejection: { tag: 'SkillIdInvalid', text } };
    skillIds.push(id);
  }
  const filter = { name, mediaTypeId: query.mediaTypeId, skillIds };
  const kept = await source.skillCatalog.of(vdnId);
  if (kept) return { ok: true, value: pageOf(kept, filter, page) };
  const { repos } = source;
  const [total, rows, flows] = await Promise.all([
    repos.skills.count(vdnId, filter),
    repos.skills.list(vdnId, { ...filter, offset: page.offset, limit: page.limit }),
    repos.ivr.listFlows(vdnId),
  ]);
  const ivrAccessCodes = new Map(flows.map((f) => [f.flowId, f.accessCode] as const));
  return { ok: true, value: { total, data: rows.map((row) => skillView(row, ivrAccessCodes)) } };
}

/** The store's filter (see SkillRepository) over the kept queues, which are ordered by id. */
function pageOf(kept: TenantSkills, filter: { name?: string; mediaTypeId?: number; skillIds: number[] }, page: Page): { total: number; data: SkillView[] } {
  const name = filter.name?.toLowerCase();
  const ids = filter.skillIds.length > 0 ? new Set(filter.skillIds) : undefined;
  const matching = kept.skills.filter(
    (s) => (name === undefined || s.nameLowerCase.includes(name)) && (filter.mediaTypeId === undefined || s.mediaTypeId === filter.mediaTypeId) && (ids === undefined || ids.has(s.skillId)),
  );
  return { total: matching.length, data: matching.slice(page.offset, page.offset + page.limit).map((s) => s.view) };
}
