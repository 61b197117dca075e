import { SqmKind, type DialogRule, type Flow, type InterposalRule, type Scenario, type Script, type Sentence, type SensitiveWord, type SilenceRule, type SpeedRule } from '../../domain/ccsqm/config-types.ts';
import type { RuleBook } from '../../domain/ccsqm/rule-book.ts';
import type { Documents } from './documents.ts';
import { activeScoreRule } from './tenant-settings.ts';
import { semanticIndex } from './training.ts';

/** The tenant's configuration as the inspection reads it, now. */
export async function loadRuleBook(docs: Documents): Promise<RuleBook> {
  const asMap = async <T>(kind: SqmKind) => new Map((await docs.list<T>(kind)).map((d) => [d.id, d.body] as const));
  const scripts = await asMap<Script>(SqmKind.script);
  const flowsOfRule: RuleBook['flowsOfRule'] = new Map();
  for (const f of await docs.list<Flow>(SqmKind.flow)) {
    const list = flowsOfRule.get(f.body.rule_id) ?? [];
    list.push({ id: f.id, flow: f.body, scripts: f.body.sentence_groups.flatMap((id) => (scripts.has(id) ? [{ id, script: scripts.get(id)! }] : [])) });
    flowsOfRule.set(f.body.rule_id, list);
  }
  return {
    scoreRule: await activeScoreRule(docs),
    sentences: await asMap<Sentence>(SqmKind.sentence),
    index: await semanticIndex(docs),
    dialogRules: await asMap<DialogRule>(SqmKind.dialogRule),
    flowsOfRule,
    silenceRules: await asMap<SilenceRule>(SqmKind.silenceRule),
    speedRules: await asMap<SpeedRule>(SqmKind.speedRule),
    interposalRules: await asMap<InterposalRule>(SqmKind.interposalRule),
    sensitiveWords: (await docs.list<SensitiveWord>(SqmKind.sensitiveWord)).map((d) => ({ id: d.id, word: d.body })),
    scenarios: (await docs.list<Scenario>(SqmKind.scenario)).map((d) => ({ id: d.id, scenario: d.body })),
  };
}
