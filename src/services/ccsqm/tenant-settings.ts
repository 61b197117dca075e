import { SqmKind, defaultScoreRule, defaultScoreRuleId, type ScoreRule, type TenantSettings } from '../../domain/ccsqm/config-types.ts';
import type { Documents } from './documents.ts';

const settingsId = 'tenant';

export async function tenantSettings(docs: Documents): Promise<TenantSettings> {
  return (await docs.find<TenantSettings>(SqmKind.settings, settingsId))?.body ?? { using: defaultScoreRuleId, out_of_date: false };
}

export async function saveSettings(docs: Documents, patch: Partial<TenantSettings>, nowMs: number): Promise<void> {
  await docs.put(SqmKind.settings, { id: settingsId, body: { ...(await tenantSettings(docs)), ...patch }, nowMs });
}

/** The rating rule with `id`; "0" is the default until a tenant modifies it (ref L42968). */
export async function scoreRule(docs: Documents, id: string): Promise<ScoreRule | undefined> {
  const stored = await docs.find<ScoreRule>(SqmKind.scoreRule, id);
  if (stored) return stored.body;
  return id === defaultScoreRuleId ? defaultScoreRule : undefined;
}

/** The rule in use (12.2.1.2), read at inspection time (note 07 §5.B.7 item 3). */
export async function activeScoreRule(docs: Documents): Promise<ScoreRule> {
  return (await scoreRule(docs, (await tenantSettings(docs)).using)) ?? defaultScoreRule;
}

/** Sentences changed: the semantic index no longer matches them (12.2.5.1 out_of_date). */
export function markOutOfDate(docs: Documents, nowMs: number): Promise<void> {
  return saveSettings(docs, { out_of_date: true }, nowMs);
}
