import { Type } from '@sinclair/typebox';
import { applyScoreRule, createScoreRule, modifyScoreRule, queryScoreRules, removeScoreRule } from '../../services/ccsqm/score-settings.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, limit, name, num, page } from './sqm-schemas.ts';

/** CEC §12.2.1 scoresetting (ref L42611–43092): rating rules, module code 0412000. */
const base = '/CCSQM/rest/ccisqm/v1/appraisescore';
// The catalog prints the module as `appraisescor` (PDF cut) and 12.2.1.4's URI line says `appraisescorerequest` (note 07 §8.4 item 16).
const variants = (op: string) => [`/CCSQM/rest/ccisqm/v1/appraisescor/${op}`];
const envelope = sqmModules.scoreSetting;
const ruleFields = { name: name(64), lower_bound: num(), upper_bound: num(), base: num() };

export const scoreSettingEndpoints = [
  sqmEndpoint({
    section: '12.2.1.1', name: 'createAppraiseScore', summary: 'Creating an inspection rating rule',
    path: `${base}/createAppraiseScore`, pathAliases: variants('createAppraiseScore'), envelope, userId: 'mandatory',
    body: Type.Object(ruleFields),
    response: Type.Object({ id: Type.String() }),
    async handler({ body, deps, vdnId }) {
      return { id: await createScoreRule(deps, vdnId, body) };
    },
  }),
  sqmEndpoint({
    section: '12.2.1.2', name: 'applyAppraiseScore', summary: 'Applying an inspection rating rule',
    path: `${base}/applyAppraiseScore`, pathAliases: variants('applyAppraiseScore'), envelope, userId: 'mandatory',
    body: Type.Object({ id: id() }),
    async handler({ body, deps, vdnId }) {
      await applyScoreRule(deps, vdnId, body.id);
    },
  }),
  sqmEndpoint({
    section: '12.2.1.3', name: 'removeAppraiseScore', summary: 'Deleting an inspection rating rule',
    path: `${base}/removeAppraiseScore`, pathAliases: variants('removeAppraiseScore'), envelope, userId: 'mandatory',
    body: Type.Object({ id: id() }),
    async handler({ body, deps, vdnId }) {
      await removeScoreRule(deps, vdnId, body.id);
    },
  }),
  sqmEndpoint({
    section: '12.2.1.4', name: 'queryAppraiseScore', summary: 'Querying inspection rating rules',
    path: `${base}/queryAppraiseScore`, pathAliases: [...variants('queryAppraiseScore'), '/CCSQM/rest/ccisqm/v1/appraisescorerequest/queryAppraiseScore'], envelope, userId: 'mandatory',
    body: Type.Object({ page: page(), limit: limit(100_000) }),
    response: Type.Object({ fundamental_score: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), lower_bound: Type.Number(), upper_bound: Type.Number(), base: Type.Number() })), using: Type.String() }),
    async handler({ body, docs }) {
      const { using, rules } = await queryScoreRules(docs, body.page, body.limit);
      return { fundamental_score: rules.map((r) => ({ lower_bound: r.lower_bound, name: r.name, upper_bound: r.upper_bound, id: r.id, base: r.base })), using };
    },
  }),
  sqmEndpoint({
    section: '12.2.1.5', name: 'modifyAppraiseScore', summary: 'Modifying an inspection rating rule',
    path: `${base}/modifyAppraiseScore`, pathAliases: variants('modifyAppraiseScore'), envelope, userId: 'mandatory',
    body: Type.Object({ id: id(), ...ruleFields }),
    async handler({ body, deps, vdnId }) {
      const { id: ruleId, ...rule } = body;
      await modifyScoreRule(deps, vdnId, ruleId, rule);
    },
  }),
];
