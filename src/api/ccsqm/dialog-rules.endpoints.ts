import { Type } from '@sinclair/typebox';
import { SqmKind, type DialogRule, type Flow } from '../../domain/ccsqm/config-types.ts';
import { containsText, pageOf } from '../../domain/ccsqm/paging.ts';
import { addFlow, addRule, deleteFlow, deleteRule, flowView, ruleView, updateFlow, updateRule } from '../../services/ccsqm/dialog-rules.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, int, limit, name, num, opt, page, text, window } from './sqm-schemas.ts';

/** CEC §12.2.6 conversationflow and §12.2.7 conversationrules (ref L45897–46888): module code 0405000. */
const base = '/CCSQM/rest/ccisqm/v1/conversation-rules';
const envelope = sqmModules.rules;
const userId = 'mandatory' as const;
const ruleFields = {
  severity: Type.Union([Type.Literal('normal'), Type.Literal('critical')]),
  score_type: Type.Union([Type.Literal('valid'), Type.Literal('invalid')]),
  score: num({ minimum: -100, maximum: 100 }),
  method: Type.Union([Type.Literal('positive'), Type.Literal('negative')]),
  min: int({ minimum: 0, maximum: 9999 }),
  other: window(),
};
const flowFields = { flow_name: name(128), min: Type.Union([Type.Null(), int({ minimum: 0, maximum: 9999 })]), expression: Type.String({ minLength: 1, maxLength: 4096 }), rule_id: id() };
// Read forms give numbers as strings (`"score": "1"`, `"min": "1"`, ref L46976; note 07 §3.9).
const readRule = (rule: DialogRule) => ({ severity: rule.severity, score: String(rule.score), other: rule.other, min: String(rule.min), method: rule.method, rule_name: rule.rule_name, description: rule.description, score_type: rule.score_type });

export const dialogRuleEndpoints = [
  sqmEndpoint({
    section: '12.2.6.1', name: 'getConversationFlow', summary: 'Querying a dialog logic',
    path: `${base}/getConversationFlow`, envelope, userId,
    body: Type.Object({ flow_id: id() }),
    async handler({ body, docs }) {
      const view = await flowView(docs, await docs.require<Flow & { expression: string }>(SqmKind.flow, body.flow_id, 'dialog logic'));
      return { sentence_groups: view.scripts.map((s) => ({ sg_id: s.id })), min: view.flow.body.min === null ? null : String(view.flow.body.min), expression: view.expression, flow_id: view.flow.id, flow_name: view.flow.body.flow_name };
    },
  }),
  sqmEndpoint({
    section: '12.2.6.2', name: 'deleteConversationFlow', summary: 'Deleting a dialog logic',
    path: `${base}/deleteConversationFlow`, envelope, userId,
    body: Type.Object({ flow_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteFlow(deps, vdnId, body.flow_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.6.3', name: 'updateConversationFlow', summary: 'Updating a dialog logic',
    path: `${base}/updateConversationFlow`, envelope, userId,
    body: Type.Object({ flow_id: id(), ...flowFields, sentence_groups: opt(Type.Array(Type.String(), { maxItems: 200 })) }),
    async handler({ body, deps, vdnId }) {
      await updateFlow(deps, vdnId, { ...body, min: body.min ?? 1 });
    },
  }),
  sqmEndpoint({
    section: '12.2.6.4', name: 'addConversationFlow', summary: 'Adding a dialog logic to a dialog rule',
    path: `${base}/addConversationFlow`, envelope, userId,
    body: Type.Object(flowFields),
    async handler({ body, deps, vdnId }) {
      return { flow_id: await addFlow(deps, vdnId, { ...body, min: body.min ?? 1 }) };
    },
  }),
  sqmEndpoint({
    section: '12.2.7.1', name: 'getOneRule', summary: 'Querying a dialog rule',
    path: `${base}/getOneRule`, envelope, userId,
    body: Type.Object({ rule_id: id() }),
    async handler({ body, docs }) {
      const view = await ruleView(docs, await docs.require<DialogRule>(SqmKind.dialogRule, body.rule_id, 'dialog rule'));
      return { ...readRule(view.rule.body), rule_id: view.rule.id, flows: view.flows.map((f) => ({ flow_id: f.flow.id, flow_name: f.flow.body.flow_name })), completeness: view.completeness };
    },
  }),
  sqmEndpoint({
    section: '12.2.7.2', name: 'queryRules', summary: 'Querying dialog rules',
    path: `${base}/queryRules`, envelope, userId,
    // The scenario text says completeOnly, the table incompleteOnly (note 07 §8.4 item 51).
    body: Type.Object({ limit: limit(1000), page: opt(page()), keyword: opt(text(128)), incompleteOnly: opt(Type.Boolean()) }),
    keyAliases: { incompleteOnly: ['completeOnly'] },
    async handler({ body, docs, vdnId }) {
      const rules = (await docs.list<DialogRule>(SqmKind.dialogRule)).filter((r) => containsText(r.body.rule_name, body.keyword));
      const views = await Promise.all(rules.map((r) => ruleView(docs, r)));
      const shown = body.incompleteOnly ? views.filter((v) => !v.completeness.ruleComplete) : views;
      return {
        paging: { total: shown.length },
        data: pageOf(shown, body.page, body.limit).map((v) => ({
          rule_id: v.rule.id,
          score: String(v.rule.body.score),
          rule_name: v.rule.body.rule_name,
          flows: v.flows.map((f) => ({ expression: f.expression, min: f.flow.body.min === null ? null : String(f.flow.body.min), name: f.flow.body.flow_name, id: f.flow.id, ruleId: v.rule.id, tenantId: String(vdnId), errorCode: null, errorMsg: null })),
          description: v.rule.body.description,
          completeness: v.completeness,
        })),
      };
    },
  }),
  sqmEndpoint({
    section: '12.2.7.3', name: 'addRule', summary: 'Adding a dialog rule',
    path: `${base}/addRule`, envelope, userId,
    body: Type.Object({ rule_name: name(128), description: opt(text(1024)), ...ruleFields }),
    async handler({ body, deps, vdnId }) {
      return { rule_id: await addRule(deps, vdnId, { ...body, description: body.description ?? '' }) };
    },
  }),
  sqmEndpoint({
    section: '12.2.7.4', name: 'deleteRule', summary: 'Deleting a dialog rule',
    path: `${base}/deleteRule`, envelope, userId,
    // The example body copies addRule's (note 07 §8.4 item 53); only rule_id counts.
    body: Type.Object({ rule_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteRule(deps, vdnId, body.rule_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.7.5', name: 'updateRule', summary: 'Updating a dialog rule',
    path: `${base}/updateRule`, envelope, userId,
    body: Type.Object({ rule_id: id(), rule_name: opt(name(128)), description: opt(text(1024)), ...ruleFields }),
    async handler({ body, deps, vdnId }) {
      const { rule_id: ruleId, ...patch } = body;
      await updateRule(deps, vdnId, ruleId, patch);
    },
  }),
];
