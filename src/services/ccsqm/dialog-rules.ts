import { SqmKind, type DialogRule, type Flow, type Scenario, type Script } from '../../domain/ccsqm/config-types.ts';
import { completeness, parseExpression, rebuildExpression, type Completeness } from '../../domain/ccsqm/dialog-structure.ts';
import { invalid } from '../../domain/ccsqm/failure.ts';
import { Documents, type Doc } from './documents.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Dialog rules, their flows ("dialog logics") and scripts ("sentence groups"), §12.2.4/6/7. */

export interface FlowView {
  flow: Doc<Flow & { expression: string }>;
  scripts: Array<{ id: string; script: Script }>;
  expression: string;
}

export async function flowView(docs: Documents, flow: Doc<Flow & { expression: string }>): Promise<FlowView> {
  const found = await docs.byIds<Script>(SqmKind.script, flow.body.sentence_groups);
  const scripts = flow.body.sentence_groups.flatMap((id) => (found.has(id) ? [{ id, script: found.get(id)!.body }] : []));
  return { flow, scripts, expression: scripts.length > 0 ? rebuildExpression(scripts) : flow.body.expression };
}

export async function ruleView(docs: Documents, rule: Doc<DialogRule>): Promise<{ rule: Doc<DialogRule>; flows: FlowView[]; completeness: Completeness }> {
  const flows = await Promise.all((await docs.list<Flow & { expression: string }>(SqmKind.flow, rule.id)).map((f) => flowView(docs, f)));
  return { rule, flows, completeness: completeness(rule.body.description, flows.map((f) => ({ scripts: f.scripts.map((s) => s.script) }))) };
}

export function addRule(deps: SqmDeps, vdnId: number, rule: DialogRule): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.uniqueName(SqmKind.dialogRule, rule.rule_name);
    const id = deps.ids.next();
    await docs.put(SqmKind.dialogRule, { id, name: rule.rule_name, body: rule, nowMs: deps.clock.now() });
    return id;
  });
}

export function updateRule(deps: SqmDeps, vdnId: number, id: string, patch: Omit<DialogRule, 'rule_name' | 'description'> & { rule_name?: string | undefined; description?: string | undefined }): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<DialogRule>(SqmKind.dialogRule, id, 'dialog rule');
    const body: DialogRule = { ...doc.body, ...patch, rule_name: patch.rule_name ?? doc.body.rule_name, description: patch.description ?? doc.body.description };
    await docs.uniqueName(SqmKind.dialogRule, body.rule_name, id);
    await docs.update(SqmKind.dialogRule, doc, body, deps.clock.now(), { name: body.rule_name });
  });
}

/** Deletes the rule with its flows and scripts and takes it out of every scenario (inferred, note 07 §5.B.8). */
export function deleteRule(deps: SqmDeps, vdnId: number, id: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.dialogRule, id, 'dialog rule');
    for (const flow of await docs.list<Flow>(SqmKind.flow, id)) await dropFlow(docs, flow);
    await docs.remove(SqmKind.dialogRule, id);
    await removeFromScenarios(docs, 'rules', id, deps.clock.now());
  });
}

export async function removeFromScenarios(docs: Documents, list: 'rules' | 'silence_rules' | 'speed_rules' | 'interposal_rules', id: string, nowMs: number): Promise<void> {
  for (const s of await docs.list<Scenario>(SqmKind.scenario)) {
    if (s.body[list].includes(id)) await docs.update(SqmKind.scenario, s, { ...s.body, [list]: s.body[list].filter((r) => r !== id) }, nowMs);
  }
}

async function dropFlow(docs: Documents, flow: Doc<Flow>): Promise<void> {
  await docs.remove(SqmKind.script, ...(await docs.list(SqmKind.script, flow.id)).map((s) => s.id));
  await docs.remove(SqmKind.flow, flow.id);
}

export function addFlow(deps: SqmDeps, vdnId: number, input: { flow_name: string; min: number; expression: string; rule_id: string }): Promise<string> {
  parseExpression(input.expression);
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.dialogRule, input.rule_id, 'dialog rule');
    const id = deps.ids.next();
    await docs.put(SqmKind.flow, { id, parentId: input.rule_id, body: { flow_name: input.flow_name, min: input.min, rule_id: input.rule_id, sentence_groups: [], expression: input.expression }, nowMs: deps.clock.now() });
    return id;
  });
}

/** `sentence_groups` reorders the flow's own scripts (evaluation order); the expression is rebuilt from them. */
export function updateFlow(deps: SqmDeps, vdnId: number, input: { flow_id: string; flow_name: string; min: number; expression: string; rule_id: string; sentence_groups?: string[] | undefined }): Promise<void> {
  const named = parseExpression(input.expression);
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<Flow & { expression: string }>(SqmKind.flow, input.flow_id, 'dialog logic');
    await docs.require(SqmKind.dialogRule, input.rule_id, 'dialog rule');
    const own = new Set((await docs.list(SqmKind.script, doc.id)).map((s) => s.id));
    const order = input.sentence_groups ?? doc.body.sentence_groups;
    const stranger = [...order, ...named].find((sg) => !own.has(sg));
    if (stranger !== undefined) throw invalid(`Incorrect request. The script ${stranger} is not in the dialog logic.`);
    const complete = [...new Set([...order, ...doc.body.sentence_groups.filter((sg) => own.has(sg))])];
    await docs.update(SqmKind.flow, doc, { flow_name: input.flow_name, min: input.min, rule_id: input.rule_id, sentence_groups: complete, expression: input.expression }, deps.clock.now(), { parentId: input.rule_id });
  });
}

export function deleteFlow(deps: SqmDeps, vdnId: number, id: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await dropFlow(docs, await docs.require<Flow>(SqmKind.flow, id, 'dialog logic'));
  });
}

export function addScript(deps: SqmDeps, vdnId: number, script: Script): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const flow = await docs.require<Flow>(SqmKind.flow, script.dialogue_flow_id, 'dialog logic');
    await docs.requireAll(SqmKind.sentence, script.sentences, 'sentence');
    const id = deps.ids.next();
    await docs.put(SqmKind.script, { id, parentId: flow.id, body: script, nowMs: deps.clock.now() });
    await docs.update(SqmKind.flow, flow, { ...flow.body, sentence_groups: [...flow.body.sentence_groups, id] }, deps.clock.now());
    return id;
  });
}

/** A script may move to another flow of the tenant; both flows' orders follow. */
export function updateScript(deps: SqmDeps, vdnId: number, id: string, script: Script): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<Script>(SqmKind.script, id, 'script');
    const target = await docs.require<Flow>(SqmKind.flow, script.dialogue_flow_id, 'dialog logic');
    await docs.requireAll(SqmKind.sentence, script.sentences, 'sentence');
    await docs.update(SqmKind.script, doc, script, deps.clock.now(), { parentId: target.id });
    if (doc.parentId !== target.id) {
      const source = await docs.find<Flow>(SqmKind.flow, doc.parentId ?? '');
      if (source) await docs.update(SqmKind.flow, source, { ...source.body, sentence_groups: source.body.sentence_groups.filter((sg) => sg !== id) }, deps.clock.now());
      await docs.update(SqmKind.flow, target, { ...target.body, sentence_groups: [...target.body.sentence_groups, id] }, deps.clock.now());
    }
  });
}

export function deleteScript(deps: SqmDeps, vdnId: number, id: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<Script>(SqmKind.script, id, 'script');
    const flow = await docs.find<Flow>(SqmKind.flow, doc.parentId ?? '');
    if (flow) await docs.update(SqmKind.flow, flow, { ...flow.body, sentence_groups: flow.body.sentence_groups.filter((sg) => sg !== id) }, deps.clock.now());
    await docs.remove(SqmKind.script, id);
  });
}
