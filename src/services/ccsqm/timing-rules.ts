import { SqmKind, type InterposalRule, type SilenceRule, type SpeedRule } from '../../domain/ccsqm/config-types.ts';
import { Documents } from './documents.ts';
import { removeFromScenarios } from './dialog-rules.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';

/**
 * Silence, speed and interruption rules (§12.2.8–12.2.10). Scores are entered positive and
 * read back as deductions (`4` → `"-4"`, note 07 §8.4 item 55): the magnitude is stored.
 */
export type TimingKind = typeof SqmKind.silenceRule | typeof SqmKind.speedRule | typeof SqmKind.interposalRule;
export type TimingRule = SilenceRule | SpeedRule | InterposalRule;

const scenarioList: Record<TimingKind, 'silence_rules' | 'speed_rules' | 'interposal_rules'> = {
  silenceRule: 'silence_rules',
  speedRule: 'speed_rules',
  interposalRule: 'interposal_rules',
};

const what: Record<TimingKind, string> = { silenceRule: 'silence rule', speedRule: 'speed rule', interposalRule: 'interruption rule' };

function exceptionSentences(rule: TimingRule): string[] {
  if ('exception' in rule && 'before' in rule.exception) return [...rule.exception.before.staff, ...rule.exception.before.customer, ...rule.exception.after.staff];
  if ('exception' in rule && 'under' in rule.exception) return [...rule.exception.under.customer, ...rule.exception.over.customer];
  return [];
}

export function saveTimingRule(deps: SqmDeps, vdnId: number, kind: TimingKind, rule: TimingRule, id?: string): Promise<string> {
  const body = { ...rule, score: Math.abs(rule.score) };
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const existing = id === undefined ? undefined : await docs.require(kind, id, what[kind]);
    await docs.uniqueName(kind, body.name, id);
    await docs.requireAll(SqmKind.sentence, exceptionSentences(body), 'sentence');
    if (existing) {
      await docs.update(kind, existing, body, deps.clock.now(), { name: body.name });
      return existing.id;
    }
    const newId = deps.ids.next();
    await docs.put(kind, { id: newId, name: body.name, body, nowMs: deps.clock.now() });
    return newId;
  });
}

export function deleteTimingRule(deps: SqmDeps, vdnId: number, kind: TimingKind, id: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(kind, id, what[kind]);
    await docs.remove(kind, id);
    await removeFromScenarios(docs, scenarioList[kind], id, deps.clock.now());
  });
}

export function requireTimingRule<T extends TimingRule>(docs: Documents, kind: TimingKind, id: string) {
  return docs.require<T>(kind, id, what[kind]);
}

/** A deduction as the read forms print it. */
export const deduction = (score: number): string => String(-Math.abs(score));
