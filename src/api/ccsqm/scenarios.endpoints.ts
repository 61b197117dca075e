import { Type } from '@sinclair/typebox';
import { SqmKind, type Scenario } from '../../domain/ccsqm/config-types.ts';
import { containsText, idList, pageOf } from '../../domain/ccsqm/paging.ts';
import { createScenario, deleteScenario, scenarioRuleRefs, updateScenario, type ScenarioInput } from '../../services/ccsqm/scenarios.ts';
import { tenantSettings } from '../../services/ccsqm/tenant-settings.ts';
import { trainTags } from '../../services/ccsqm/training.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, idArray, int, limit, name, opt, page, text, window } from './sqm-schemas.ts';

/** CEC §12.2.11 scenariomanage (ref L48585–49213, module 0406000) and §12.2.5 training (0404000). */
const base = '/CCSQM/rest/ccisqm/v1/scenariomanage';
const envelope = sqmModules.scenario;
const userId = 'mandatory' as const;
const flag = () => Type.Union([Type.Literal(0), Type.Literal(1)]);
const scenarioFields = {
  description: opt(text(1024)),
  ignore_sensitive: opt(flag()),
  other: window(),
  interaction_type: opt(Type.Union([Type.Null(), Type.Literal(0), Type.Literal(2)])),
  rules: opt(idArray()),
  silence_rules: opt(idArray()),
  speed_rules: opt(idArray()),
  interposal_rules: opt(idArray()),
};
type Lists = { rules?: unknown; silence_rules?: unknown; speed_rules?: unknown; interposal_rules?: unknown };
// Rule lists come as arrays or comma strings (note 07 §8.4 item 58); an absent list is kept.
const ruleLists = (b: Lists) => ({
  rules: b.rules === undefined ? undefined : idList(b.rules),
  silence_rules: b.silence_rules === undefined ? undefined : idList(b.silence_rules),
  speed_rules: b.speed_rules === undefined ? undefined : idList(b.speed_rules),
  interposal_rules: b.interposal_rules === undefined ? undefined : idList(b.interposal_rules),
});
const interaction = (v: 0 | 2 | null | undefined) => (v === null ? 0 : v);
const view = (vdnId: number, groupId: string, s: Scenario) => ({ tenant_id: String(vdnId), group_id: groupId, group_name: s.group_name, is_enable: s.is_enable, other: s.other, create_time: s.create_time, description: s.description, ignore_sensitive: s.ignore_sensitive, interaction_type: s.interaction_type });

export const scenarioEndpoints = [
  sqmEndpoint({
    section: '12.2.11.1', name: 'deleteScenario', summary: 'Deleting a business scenario',
    path: `${base}/deleteScenario`, envelope, userId,
    body: Type.Object({ group_id: id(128) }),
    async handler({ body, deps, vdnId }) {
      await deleteScenario(deps, vdnId, body.group_id);
      return { resultDesc: 'The business scenario is deleted successfully.' };
    },
  }),
  sqmEndpoint({
    section: '12.2.11.2', name: 'updateScenarioStatus', summary: 'Enabling or disabling a business scenario',
    path: `${base}/updateScenarioStatus`, envelope, userId,
    body: Type.Object({ group_id: id(128), is_enable: flag() }),
    async handler({ body, deps, vdnId }) {
      await updateScenario(deps, vdnId, body.group_id, { is_enable: body.is_enable });
      return { resultDesc: 'The business scenario status is updated successfully.' };
    },
  }),
  sqmEndpoint({
    section: '12.2.11.3', name: 'createScenario', summary: 'Creating a business scenario',
    path: `${base}/createScenario`, envelope, userId,
    body: Type.Object({ group_name: name(128), ...scenarioFields }),
    async handler({ body, deps, vdnId }) {
      const input: ScenarioInput = { ...body, ...ruleLists(body), interaction_type: interaction(body.interaction_type) };
      return { group_id: await createScenario(deps, vdnId, input), resultDesc: 'The business scenario is created successfully.' };
    },
  }),
  sqmEndpoint({
    section: '12.2.11.4', name: 'queryScenario', summary: 'Querying a business scenario',
    path: `${base}/queryScenario`, envelope, userId,
    body: Type.Object({ group_id: id(128) }),
    async handler({ body, docs, vdnId }) {
      const d = await docs.require<Scenario>(SqmKind.scenario, body.group_id, 'business scenario');
      return { ...view(vdnId, d.id, d.body), ...(await scenarioRuleRefs(docs, d.body)) };
    },
  }),
  sqmEndpoint({
    section: '12.2.11.5', name: 'updateScenario', summary: 'Updating a business scenario',
    path: `${base}/updateScenario`, envelope, userId,
    body: Type.Object({ group_id: id(128), group_name: name(128), is_enable: flag(), ...scenarioFields, other: opt(window()) }),
    async handler({ body, deps, vdnId }) {
      const { group_id: groupId, ...rest } = body;
      await updateScenario(deps, vdnId, groupId, { ...rest, ...ruleLists(rest), interaction_type: rest.interaction_type === undefined ? undefined : interaction(rest.interaction_type) });
      return { resultDesc: 'The business scenario is updated successfully.' };
    },
  }),
  sqmEndpoint({
    section: '12.2.11.6', name: 'queryAllScenario', summary: 'Querying business scenarios',
    path: `${base}/queryAllScenario`, envelope: sqmModules.scenarioBare, userId,
    body: Type.Object({ limit: limit(1000), page: page(), scenarioName: opt(text(128)), scenarioStatus: opt(Type.Union([Type.Null(), Type.Literal('0'), Type.Literal('1'), Type.Literal('')])), startTime: opt(Type.Union([Type.Null(), int()])), endTime: opt(Type.Union([Type.Null(), int()])) }),
    async handler({ body, docs, vdnId }) {
      const all = (await docs.list<Scenario>(SqmKind.scenario)).filter((d) =>
        containsText(d.body.group_name, body.scenarioName ?? undefined) &&
        (body.scenarioStatus === undefined || body.scenarioStatus === null || body.scenarioStatus === '' || String(d.body.is_enable) === body.scenarioStatus) &&
        (body.startTime == null || d.body.create_time >= body.startTime) && (body.endTime == null || d.body.create_time <= body.endTime));
      return {
        total: all.length,
        data: pageOf(all, body.page, body.limit).map((d) => ({ ...view(vdnId, d.id, d.body), rule_count: d.body.rules.length + d.body.silence_rules.length + d.body.speed_rules.length + d.body.interposal_rules.length, rules: d.body.rules, silence_rules: d.body.silence_rules, speed_rules: d.body.speed_rules, interposal_rules: d.body.interposal_rules })),
      };
    },
  }),
  sqmEndpoint({
    section: '12.2.5.1', name: 'queryTraining', summary: 'Querying whether the semantic model is out of date',
    path: '/CCSQM/rest/ccisqm/v1/semantickeywordtraining/queryTraining', envelope: sqmModules.training, userId,
    async handler({ docs }) {
      return { out_of_date: (await tenantSettings(docs)).out_of_date };
    },
  }),
  sqmEndpoint({
    section: '12.2.5.2', name: 'trainTags', summary: 'Training the semantic keyword model',
    path: '/CCSQM/rest/ccisqm/v1/semantickeywordtraining/trainTags', envelope: sqmModules.training, userId,
    async handler({ deps, vdnId }) {
      await trainTags(deps, vdnId);
    },
  }),
];
