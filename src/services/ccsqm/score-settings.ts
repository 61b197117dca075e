import { SqmKind, defaultScoreRuleId, type ScoreRule } from '../../domain/ccsqm/config-types.ts';
import { conflict, invalid, notFound } from '../../domain/ccsqm/failure.ts';
import { pageOf } from '../../domain/ccsqm/paging.ts';
import { Documents } from './documents.ts';
import { saveSettings, scoreRule, tenantSettings } from './tenant-settings.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Rating rules (§12.2.1): start score `base` within [`lower_bound`, `upper_bound`]. */

function checkBounds(rule: ScoreRule): void {
  // Inferred (note 07 §4.B.1): the start score lies within the bounds it is clamped to.
  if (!(rule.lower_bound <= rule.base && rule.base <= rule.upper_bound)) throw invalid('Incorrect request. lower_bound <= base <= upper_bound is required.');
}

export function createScoreRule(deps: SqmDeps, vdnId: number, rule: ScoreRule): Promise<string> {
  checkBounds(rule);
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.uniqueName(SqmKind.scoreRule, rule.name);
    const id = deps.ids.next();
    await docs.put(SqmKind.scoreRule, { id, name: rule.name, body: rule, nowMs: deps.clock.now() });
    return id;
  });
}

export function modifyScoreRule(deps: SqmDeps, vdnId: number, id: string, rule: ScoreRule): Promise<void> {
  checkBounds(rule);
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    if (!(await scoreRule(docs, id))) throw notFound('rating rule', id);
    await docs.uniqueName(SqmKind.scoreRule, rule.name, id);
    const existing = await docs.find<ScoreRule>(SqmKind.scoreRule, id);
    await docs.put(SqmKind.scoreRule, { id, name: rule.name, body: rule, nowMs: deps.clock.now(), ...(existing ? { createdAtMs: existing.createdAtMs } : { createdAtMs: 0 }) });
  });
}

export function applyScoreRule(deps: SqmDeps, vdnId: number, id: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    if (!(await scoreRule(docs, id))) throw notFound('rating rule', id);
    await saveSettings(docs, { using: id }, deps.clock.now());
  });
}

/** The default rule stays; removing the rule in use falls back to the default (note 07 §4.B.1). */
export function removeScoreRule(deps: SqmDeps, vdnId: number, id: string): Promise<void> {
  if (id === defaultScoreRuleId) return Promise.reject(conflict('Business failure. The default rating rule cannot be removed.'));
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.scoreRule, id, 'rating rule');
    await docs.remove(SqmKind.scoreRule, id);
    if ((await tenantSettings(docs)).using === id) await saveSettings(docs, { using: defaultScoreRuleId }, deps.clock.now());
  });
}

/** The default rule first, then the tenant's in creation order, and the rule in use. */
export async function queryScoreRules(docs: Documents, page: number, limit: number): Promise<{ using: string; rules: Array<ScoreRule & { id: string }> }> {
  const stored = await docs.list<ScoreRule>(SqmKind.scoreRule);
  const defaultRule = (await scoreRule(docs, defaultScoreRuleId))!;
  const all = [{ id: defaultScoreRuleId, ...defaultRule }, ...stored.filter((d) => d.id !== defaultScoreRuleId).map((d) => ({ id: d.id, ...d.body }))];
  return { using: (await tenantSettings(docs)).using, rules: pageOf(all, page, limit) };
}
