import { invalid, notFound } from '../../domain/ccsqm/failure.ts';
import { clamp } from '../../domain/ccsqm/inspection.ts';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import type { CreditRecord, ScenarioResult } from '../../domain/ccsqm/rule-book.ts';
import type { Repositories } from '../../store/index.ts';
import { callRow, parseCall, type StoredCall } from './inspected-calls.ts';
import { Documents } from './documents.ts';
import { activeScoreRule } from './tenant-settings.ts';

/**
 * Inspectors revise single rule hits (§12.2.15.1, §12.2.16.2): `revise` 1 forces the result
 * valid, 0 invalid; the automatic score stays, the manual score follows (note 07 §5.B.7 item 6).
 */
export interface RevisionNote {
  revise: 0 | 1;
  description: string;
  by: string;
  atSeconds: number;
}

function allResults(credit: CreditRecord) {
  return [...credit.credit.flatMap((s) => [...s.rules, ...s.silence_rule, ...s.speed_rule, ...s.interposal_rule]), ...credit.sensitive_words];
}

export async function requireInspectedCall(repos: Repositories, vdnId: number, callUuid: string): Promise<StoredCall> {
  const row = await repos.sqm.findCall(vdnId, callUuid);
  if (!row) throw notFound('call', callUuid);
  return parseCall(row);
}

/** Sets one result's revision; the call must have been inspected and the result be one of its own. */
export async function reviseResult(repos: Repositories, vdnId: number, callUuid: string, reviseId: string, note: RevisionNote): Promise<StoredCall> {
  const stored = await requireInspectedCall(repos, vdnId, callUuid);
  if (!stored.credit) throw invalid('Incorrect request. The call has no inspection result.');
  const targets = allResults(stored.credit).filter((r) => r.revise_id === reviseId);
  if (targets.length === 0) throw notFound('rule result', reviseId);
  for (const r of targets) r.revise = note.revise;
  const notes = { ...((stored.call as { revisions?: Record<string, RevisionNote> }).revisions ?? {}), [reviseId]: note };
  const updated: StoredCall = { ...stored, call: { ...stored.call, revisions: notes } as StoredCall['call'] };
  await repos.sqm.putCall(callRow(vdnId, updated));
  return updated;
}

/** What a result deducts when invalid: its own score, or (valid at inspection) its rule's current score. */
async function deductionOf(docs: Documents, r: { score: number; setting?: Record<string, unknown> }): Promise<number> {
  if (r.score < 0) return r.score;
  const setting = r.setting ?? {};
  const kinds: Array<[string, SqmKind]> = [['rule_id', SqmKind.dialogRule], ['silence_id', SqmKind.silenceRule], ['speed_id', SqmKind.speedRule], ['interposal_id', SqmKind.interposalRule], ['sw_id', SqmKind.sensitiveWord]];
  for (const [key, kind] of kinds) {
    if (typeof setting[key] !== 'string') continue;
    const doc = await docs.find<{ score: number; score_type?: string }>(kind, setting[key] as string);
    return doc && doc.body.score_type !== 'valid' ? -Math.abs(doc.body.score) : 0;
  }
  return 0;
}

/**
 * Per scenario: the automatic score and the manual one, the automatic plus what each revision
 * changes (revised valid: its deduction back; revised invalid: its rule's deduction), clamped to
 * the rating rule in use (queryQualityItemResult, ref L52566–52594; decision 1223).
 */
export async function scoresOf(repos: Repositories, vdnId: number, stored: StoredCall): Promise<Array<{ scenario: ScenarioResult; automaticScore: number; manuallyScore: number }>> {
  if (!stored.credit) return [];
  const docs = new Documents(repos, vdnId);
  const rule = await activeScoreRule(docs);
  const credit = stored.credit;
  const out = [];
  for (const scenario of credit.credit) {
    const sensitive = scenario.setting.ignore_sensitive === 1 ? [] : credit.sensitive_words;
    let delta = 0;
    for (const r of [...scenario.rules, ...scenario.silence_rule, ...scenario.speed_rule, ...scenario.interposal_rule, ...sensitive]) {
      if (r.revise === -1) continue;
      const manual = r.revise === 1 ? (r.score > 0 ? r.score : 0) : await deductionOf(docs, r as never);
      delta += manual - r.score;
    }
    out.push({ scenario, automaticScore: scenario.score, manuallyScore: clamp(scenario.score + delta, rule.lower_bound, rule.upper_bound) });
  }
  return out;
}
