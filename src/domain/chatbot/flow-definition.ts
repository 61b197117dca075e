import { Type, type Static } from '@sinclair/typebox';

/**
 * The program of an OIAP flow (our import format; the reference shows only flow metadata, 10.4).
 * A flow is a graph of nodes; the dialog machine runs non-blocking nodes in one turn and stops at
 * the first node that needs the caller (note 05 §8.3.1). Texts are templates with `${variable}`.
 */
const id = Type.String({ minLength: 1, maxLength: 128 });
const next = id;

const prompt = Type.Object({
  id,
  type: Type.Literal('prompt'),
  text: Type.String({ maxLength: 4096 }),
  /** A voice file to play instead of TTS (prompt_type 1). */
  wav: Type.Optional(Type.String({ maxLength: 512 })),
  /** What the caller may answer: nothing (play only), speech/text, keys, or both. */
  collect: Type.Optional(Type.Union([Type.Literal('none'), Type.Literal('speech'), Type.Literal('dtmf'), Type.Literal('both')])),
  maxKeys: Type.Optional(Type.Integer({ minimum: 1, maximum: 32 })),
  timeout: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  /** Variable that receives the answer (default `lastInput`). */
  saveAs: Type.Optional(id),
  next,
  /** Where `timeout`/`nomatch` go (default: replay this prompt). */
  onNoInput: Type.Optional(id),
  maxRetries: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  onRetryExceeded: Type.Optional(id),
});

const slot = Type.Object({
  id,
  type: Type.Literal('slot'),
  variable: id,
  text: Type.String({ maxLength: 4096 }),
  retryText: Type.Optional(Type.String({ maxLength: 4096 })),
  /** What a valid answer is; `pattern` is a regular expression over the answer. */
  entity: Type.Union([Type.Literal('number'), Type.Literal('digits'), Type.Literal('phone'), Type.Literal('date'), Type.Literal('yesno'), Type.Literal('any'), Type.Literal('pattern')]),
  pattern: Type.Optional(Type.String({ maxLength: 256 })),
  minLength: Type.Optional(Type.Integer({ minimum: 1 })),
  maxLength: Type.Optional(Type.Integer({ minimum: 1 })),
  maxRetries: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  collect: Type.Optional(Type.Union([Type.Literal('speech'), Type.Literal('dtmf'), Type.Literal('both')])),
  timeout: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  next,
  onFail: id,
});

const nlu = Type.Object({
  id,
  type: Type.Literal('nlu'),
  /** The sentence to recognise (default `${lastInput}`). */
  input: Type.Optional(Type.String({ maxLength: 256 })),
  /** FAQ groups to search; absent means every activated group of the flow's language. */
  faqGroups: Type.Optional(Type.Array(Type.Integer())),
  /** Domains whose intents are candidates; absent means every domain. */
  domains: Type.Optional(Type.Array(Type.Integer())),
  /** Intent command → node. */
  intents: Type.Record(Type.String(), id),
  /** Node for an FAQ answer (variables faqAnswer, faqQuestion, faqId). */
  faq: Type.Optional(id),
  unknown: id,
  maxUnknown: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  onUnknownExceeded: Type.Optional(id),
});

const rule = Type.Object({
  var: id,
  op: Type.Union(['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'contains', 'matches', 'empty', 'notEmpty', 'in'].map((op) => Type.Literal(op))),
  value: Type.Optional(Type.String({ maxLength: 1024 })),
  next,
});
const condition = Type.Object({ id, type: Type.Literal('condition'), rules: Type.Array(rule, { maxItems: 50 }), else: id });

const assign = Type.Object({ id, type: Type.Literal('assign'), set: Type.Record(Type.String(), Type.String({ maxLength: 4096 })), next });

const http = Type.Object({
  id,
  type: Type.Literal('http'),
  method: Type.Union([Type.Literal('GET'), Type.Literal('POST'), Type.Literal('PUT')]),
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  headers: Type.Optional(Type.Record(Type.String(), Type.String())),
  /** JSON body template; `${var}` inside string values are filled. */
  body: Type.Optional(Type.String({ maxLength: 8192 })),
  /** Variable ← dotted path into the JSON reply (`data.fee`). */
  map: Type.Optional(Type.Record(Type.String(), Type.String())),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 100, maximum: 30000 })),
  next,
  onError: id,
});

const transfer = Type.Object({
  id,
  type: Type.Literal('transfer'),
  /** trans_type of ref L33136–33148: 1 skill by access code, 3 skill by name, 4 agent, 5 number... */
  transType: Type.Integer({ minimum: 1, maximum: 33 }),
  routeValue: Type.String({ maxLength: 256 }),
  transData: Type.Optional(Type.String({ maxLength: 4096 })),
  callingNum: Type.Optional(Type.String({ maxLength: 64 })),
  recordPath: Type.Optional(Type.String({ maxLength: 512 })),
  onFailure: Type.Optional(id),
});

const query = Type.Object({
  id,
  type: Type.Literal('query'),
  promptType: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(5)]),
  skillId: Type.Optional(Type.String({ maxLength: 64 })),
  next,
});

const end = Type.Object({ id, type: Type.Literal('end'), releaseReason: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])) });

export const FlowNode = Type.Union([prompt, slot, nlu, condition, assign, http, transfer, query, end]);
export type FlowNode = Static<typeof FlowNode>;

export const FlowDefinition = Type.Object({
  start: id,
  /** "0" Chinese or "1" English prompts (outparams `language`, ref L32985). */
  language: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])),
  /** Initial values of flow variables. */
  variables: Type.Optional(Type.Record(Type.String(), Type.String())),
  nodes: Type.Array(FlowNode, { minItems: 1, maxItems: 500 }),
});
export type FlowDefinition = Static<typeof FlowDefinition>;

export type NodeOf<T extends FlowNode['type']> = Extract<FlowNode, { type: T }>;

/** Structural checks the schema cannot express: unique ids and every reference resolving. */
export function flowDefinitionProblems(flow: FlowDefinition): string[] {
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const node of flow.nodes) {
    if (ids.has(node.id)) problems.push(`duplicate node id ${node.id}`);
    ids.add(node.id);
  }
  const check = (from: string, target: string | undefined) => {
    if (target !== undefined && !ids.has(target)) problems.push(`node ${from} refers to unknown node ${target}`);
  };
  check('start', flow.start);
  for (const node of flow.nodes) for (const target of references(node)) check(node.id, target);
  for (const node of flow.nodes) {
    if (node.type === 'slot' && node.entity === 'pattern' && !node.pattern) problems.push(`slot ${node.id} needs a pattern`);
    for (const pattern of node.type === 'slot' && node.pattern ? [node.pattern] : node.type === 'condition' ? node.rules.filter((r) => r.op === 'matches').map((r) => r.value ?? '') : []) {
      try {
        new RegExp(pattern, 'u');
      } catch {
        problems.push(`node ${node.id} has an invalid pattern ${pattern}`);
      }
    }
  }
  return problems;
}

function references(node: FlowNode): (string | undefined)[] {
  switch (node.type) {
    case 'prompt':
      return [node.next, node.onNoInput, node.onRetryExceeded];
    case 'slot':
      return [node.next, node.onFail];
    case 'nlu':
      return [...Object.values(node.intents), node.faq, node.unknown, node.onUnknownExceeded];
    case 'condition':
      return [...node.rules.map((r) => r.next), node.else];
    case 'assign':
    case 'query':
      return [node.next];
    case 'http':
      return [node.next, node.onError];
    case 'transfer':
      return [node.onFailure];
    case 'end':
      return [];
  }
}
