import type { FlowDefinition, FlowNode, NodeOf } from './flow-definition.ts';
import type { DialogEffect, DialogEvent, DialogOutput, DialogState, NluResult, StepNotes, StepResult } from './dialog-state.ts';
import { fillJsonTemplate, fillTemplate, readPath, ruleHolds, type Variables } from './variables.ts';
import { slotValue } from './slot-values.ts';
import { modelType } from './model-type.ts';

/** Nodes one turn may run before the flow is declared looping (ends with release_reason "1"). */
const maxStepsPerTurn = 200;
const defaultRetries = 2;
/** Inputs that mean the caller said nothing usable (ref L33255). */
const noInput = new Set(['timeout', 'nomatch', 'sys_err']);

export function newDialogState(flow: FlowDefinition, vars: Variables, text: boolean): DialogState {
  return { node: null, waiting: 'input', vars: { ...flow.variables, ...vars }, retries: {}, interIdx: 0, transIdx: 0, text, language: flow.language ?? '0', lastReply: null };
}

/**
 * The dialog state machine (note 05 §5.4.5, §8.3.1): applies one event to the waiting node, then
 * runs the flow until a node needs the caller (output) or outside work (effect). Pure.
 */
export function step(flow: FlowDefinition, state: DialogState, event: DialogEvent): StepResult {
  const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
  const s: DialogState = { ...state, vars: { ...state.vars }, retries: { ...state.retries } };
  const notes: StepNotes = { interfaceCalls: [] };
  let target: string | null;
  if (event.kind === 'start') target = flow.start;
  else {
    const node = s.node ? nodes.get(s.node) : undefined;
    if (!node) return finish(s, notes, '1');
    target = resume(node, s, event, notes);
    if (target === null && s.waiting === 'ending') return { state: s, kind: 'output', output: { outaction: 10, releaseReason: '0' }, notes };
  }
  return run(nodes, s, target, notes);
}

/** The node after the waiting one, given what arrived; null when the event ends the call. */
function resume(node: FlowNode, s: DialogState, event: DialogEvent, notes: StepNotes): string | null {
  if (event.kind === 'input') Object.assign(s.vars, event.ext);
  switch (node.type) {
    case 'prompt':
      if (event.kind !== 'input') return node.id;
      if ((node.collect ?? 'speech') !== 'none' && noInput.has(event.input)) return retry(node.id, s, node.maxRetries, node.onNoInput ?? node.id, node.onRetryExceeded ?? node.next);
      delete s.retries[node.id];
      if ((node.collect ?? 'speech') !== 'none') s.vars[node.saveAs ?? 'lastInput'] = event.input;
      return node.next;
    case 'slot': {
      if (event.kind !== 'input') return node.id;
      const value = noInput.has(event.input) ? undefined : slotValue(node, event.input);
      if (value === undefined) {
        s.vars.lastInput = event.input;
        return retry(node.id, s, node.maxRetries, node.id, node.onFail);
      }
      delete s.retries[node.id];
      s.vars[node.variable] = value;
      return node.next;
    }
    case 'nlu':
      if (event.kind !== 'nluResult') return node.unknown;
      return nluBranch(node, s, event.result, notes);
    case 'http':
      if (event.kind !== 'httpResult') return node.onError;
      notes.interfaceCalls.push({ ok: event.ok });
      if (!event.ok) return node.onError;
      for (const [name, path] of Object.entries(node.map ?? {})) s.vars[name] = readPath(event.body, path);
      return node.next;
    case 'transfer':
      if (event.kind !== 'transferResult') return node.id;
      if (event.success) {
        s.waiting = 'ending';
        return null;
      }
      return node.onFailure ?? null;
    case 'query':
      return node.next;
    default:
      return null;
  }
}

/** Counts a failed attempt at `nodeId`: back to `again` until the limit, then `exceeded`. */
function retry(nodeId: string, s: DialogState, limit: number | undefined, again: string, exceeded: string): string {
  const count = (s.retries[nodeId] ?? 0) + 1;
  if (count > (limit ?? defaultRetries)) {
    delete s.retries[nodeId];
    return exceeded;
  }
  s.retries[nodeId] = count;
  return again;
}

function nluBranch(node: NodeOf<'nlu'>, s: DialogState, result: NluResult, notes: StepNotes): string {
  notes.recognized = result;
  Object.assign(s.vars, result.slots);
  s.vars.intent = result.kind === 'intent' ? result.name : '';
  s.vars.intentName = result.kind === 'intent' ? result.label : '';
  s.vars.confidence = String(result.confidence);
  if (result.kind === 'intent' && node.intents[result.name]) {
    delete s.retries[node.id];
    s.vars.intentReply = result.answer;
    return node.intents[result.name]!;
  }
  if (result.kind === 'faq' && node.faq) {
    delete s.retries[node.id];
    s.vars.faqAnswer = result.answer;
    s.vars.faqQuestion = result.label;
    s.vars.faqId = result.name;
    return node.faq;
  }
  return retry(node.id, s, node.maxUnknown ?? defaultRetries, node.unknown, node.onUnknownExceeded ?? node.unknown);
}

function run(nodes: Map<string, FlowNode>, s: DialogState, first: string | null, notes: StepNotes): StepResult {
  let target = first;
  for (let steps = 0; target !== null && steps < maxStepsPerTurn; steps++) {
    const node = nodes.get(target);
    if (!node) return finish(s, notes, '1');
    s.node = node.id;
    switch (node.type) {
      case 'prompt':
      case 'slot':
        return ask(node, s, notes);
      case 'nlu':
        s.waiting = 'effect';
        return { state: s, kind: 'effect', effect: { kind: 'nlu', sentence: fillTemplate(node.input ?? '${lastInput}', s.vars), faqGroups: node.faqGroups, domains: node.domains }, notes };
      case 'http': {
        const effect = httpEffect(node, s.vars);
        if (!effect) {
          // A body template that is not JSON is the flow's own error: take its error branch.
          notes.interfaceCalls.push({ ok: false });
          target = node.onError;
          break;
        }
        s.waiting = 'effect';
        return { state: s, kind: 'effect', effect, notes };
      }
      case 'condition':
        target = node.rules.find((r) => safeHolds(r, s.vars))?.next ?? node.else;
        break;
      case 'assign':
        for (const [name, template] of Object.entries(node.set)) s.vars[name] = fillTemplate(template, s.vars);
        target = node.next;
        break;
      case 'transfer':
        return transfer(node, s, notes);
      case 'query':
        s.waiting = 'query';
        return output(s, notes, { outaction: 12, promptType: node.promptType, skillId: fillTemplate(node.skillId ?? '', s.vars), moduleName: node.id });
      case 'end':
        return finish(s, notes, node.releaseReason ?? '0');
    }
  }
  return finish(s, notes, target === null ? '0' : '1');
}

function safeHolds(rule: NodeOf<'condition'>['rules'][number], vars: Variables): boolean {
  try {
    return ruleHolds(rule, vars);
  } catch {
    return false;
  }
}

function ask(node: NodeOf<'prompt'> | NodeOf<'slot'>, s: DialogState, notes: StepNotes): StepResult {
  const retrying = node.type === 'slot' && (s.retries[node.id] ?? 0) > 0;
  const text = fillTemplate(retrying && node.retryText ? node.retryText : node.text, s.vars);
  const collect = node.collect ?? (node.type === 'slot' ? 'both' : 'speech');
  const wav = node.type === 'prompt' ? (node.wav ?? '') : '';
  const promptType = s.text ? '3' : wav ? '1' : '2';
  s.waiting = 'input';
  s.interIdx += 1;
  s.lastReply = text;
  const maxKeys = node.type === 'prompt' ? (node.maxKeys ?? 1) : 32;
  return output(s, notes, { outaction: 9, promptType, text, wav, modelType: modelType(collect, maxKeys), timeout: node.timeout ?? 10 });
}

function httpEffect(node: NodeOf<'http'>, vars: Variables): DialogEffect | undefined {
  let body: string | undefined;
  try {
    body = node.body === undefined ? undefined : JSON.stringify(fillJsonTemplate(node.body, vars));
  } catch {
    return undefined;
  }
  const headers = Object.fromEntries(Object.entries(node.headers ?? {}).map(([k, v]) => [k, fillTemplate(v, vars)]));
  // Values go into the URL percent-encoded, so a caller's words cannot change its shape.
  const url = fillTemplate(node.url, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, encodeURIComponent(v)])));
  return { kind: 'http', method: node.method, url, headers, body, timeoutMs: node.timeoutMs ?? 3000 };
}

function transfer(node: NodeOf<'transfer'>, s: DialogState, notes: StepNotes): StepResult {
  s.waiting = 'transfer';
  s.transIdx += 1;
  return output(s, notes, {
    outaction: 11,
    transType: node.transType,
    routeValue: fillTemplate(node.routeValue, s.vars),
    transData: fillTemplate(node.transData ?? '', s.vars),
    callingNum: fillTemplate(node.callingNum ?? '', s.vars),
    recordPath: fillTemplate(node.recordPath ?? '', s.vars),
  });
}

function output(s: DialogState, notes: StepNotes, out: DialogOutput): StepResult {
  return { state: s, kind: 'output', output: out, notes };
}

/** The flow reached End ("0") or failed ("1", ref L33202): the call is released. */
function finish(s: DialogState, notes: StepNotes, releaseReason: '0' | '1'): StepResult {
  s.waiting = 'ending';
  return output(s, notes, { outaction: 10, releaseReason });
}
