import { SqmKind, type Scenario, type TimeWindow } from '../../domain/ccsqm/config-types.ts';
import { Documents } from './documents.ts';
import { newUuid, nowSeconds, sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Business scenarios (§12.2.11): groups of rules a call is scored against. */

export interface ScenarioRuleLists {
  rules?: string[] | undefined;
  silence_rules?: string[] | undefined;
  speed_rules?: string[] | undefined;
  interposal_rules?: string[] | undefined;
}

const lists = [
  ['rules', SqmKind.dialogRule, 'dialog rule'],
  ['silence_rules', SqmKind.silenceRule, 'silence rule'],
  ['speed_rules', SqmKind.speedRule, 'speed rule'],
  ['interposal_rules', SqmKind.interposalRule, 'interruption rule'],
] as const;

async function checkRules(docs: Documents, input: ScenarioRuleLists): Promise<void> {
  for (const [list, kind, what] of lists) await docs.requireAll(kind, input[list] ?? [], what);
}

export interface ScenarioInput extends ScenarioRuleLists {
  group_name: string;
  description?: string | undefined;
  ignore_sensitive?: 0 | 1 | undefined;
  other?: TimeWindow | undefined;
  interaction_type?: 0 | 2 | undefined;
  is_enable?: 0 | 1 | undefined;
}

/** CEC §12.2.11.3 (ref L48771): a new scenario is disabled until updated. */
export function createScenario(deps: SqmDeps, vdnId: number, input: ScenarioInput): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.uniqueName(SqmKind.scenario, input.group_name);
    await checkRules(docs, input);
    const id = `groupid_${newUuid(deps, vdnId)}`;
    const body: Scenario = {
      group_name: input.group_name, description: input.description ?? '', is_enable: 0, ignore_sensitive: input.ignore_sensitive ?? 0,
      other: input.other ?? {}, interaction_type: input.interaction_type ?? 0,
      rules: input.rules ?? [], silence_rules: input.silence_rules ?? [], speed_rules: input.speed_rules ?? [], interposal_rules: input.interposal_rules ?? [],
      create_time: nowSeconds(deps),
    };
    await docs.put(SqmKind.scenario, { id, name: body.group_name, body, nowMs: deps.clock.now() });
    return id;
  });
}

/** Rule lists sent replace the stored ones; omitted lists stay (12.2.11.5). */
export function updateScenario(deps: SqmDeps, vdnId: number, groupId: string, input: Partial<ScenarioInput>): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<Scenario>(SqmKind.scenario, groupId, 'business scenario');
    if (input.group_name !== undefined) await docs.uniqueName(SqmKind.scenario, input.group_name, groupId);
    await checkRules(docs, input);
    const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const body: Scenario = { ...doc.body, ...defined } as Scenario;
    await docs.update(SqmKind.scenario, doc, body, deps.clock.now(), { name: body.group_name });
  });
}

export function deleteScenario(deps: SqmDeps, vdnId: number, groupId: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.scenario, groupId, 'business scenario');
    // Results keep their snapshot of the scenario (note 07 §5.B.7 item 1).
    await docs.remove(SqmKind.scenario, groupId);
  });
}

/** The scenario's rules as `{rule_id, rule_name}` (queryScenario, ref L48967). */
export async function scenarioRuleRefs(docs: Documents, s: Scenario): Promise<Record<string, Array<{ rule_id: string; rule_name: string }>>> {
  const out: Record<string, Array<{ rule_id: string; rule_name: string }>> = {};
  for (const [list, kind] of lists) {
    const found = await docs.byIds<{ rule_name?: string; name?: string }>(kind, s[list]);
    out[list] = s[list].flatMap((id) => (found.has(id) ? [{ rule_id: id, rule_name: found.get(id)!.body.rule_name ?? found.get(id)!.body.name ?? '' }] : []));
  }
  return out;
}
