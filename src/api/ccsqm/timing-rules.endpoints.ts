import { Type, type TSchema } from '@sinclair/typebox';
import { SqmKind, type InterposalRule, type SilenceRule, type SpeedRule } from '../../domain/ccsqm/config-types.ts';
import { containsText, pageOf } from '../../domain/ccsqm/paging.ts';
import { deduction, deleteTimingRule, requireTimingRule, saveTimingRule, type TimingKind, type TimingRule } from '../../services/ccsqm/timing-rules.ts';
import { sentenceRefs } from '../../services/ccsqm/sentences.ts';
import type { Documents, Doc } from '../../services/ccsqm/documents.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, int, limit, name, num, opt, page, text, window } from './sqm-schemas.ts';

/** CEC §12.2.8 interposal, §12.2.9 silence and §12.2.10 speed rules (ref L46889–48584), module code 0405000. */
const root = '/CCSQM/rest/ccisqm/v1';
// The table prints `interposl_id` (note 07 §8.4 item 26).
const interposalAliases = { interposal_id: ['interposl_id', 'interposals_id'] };
const envelope = sqmModules.rules;
const ids = () => opt(Type.Union([Type.Array(Type.String(), { maxItems: 100 }), Type.Null()]));
const seconds = () => int({ minimum: 1, maximum: 2147483647 });
const listBody = Type.Object({ limit: limit(1000), page: opt(page()), keyword: opt(text(64)) });

const silenceSetting = { name: name(64), score: num({ minimum: 1, maximum: 100 }), seconds: seconds(), times: seconds(), other: opt(window()) };
const silenceException = opt(Type.Union([Type.Null(), Type.Object({ before: opt(Type.Object({ staff: ids(), customer: ids() })), after: opt(Type.Object({ staff: ids() })) })]));
const speedSetting = { name: name(64), score: num({ minimum: 0, maximum: 100 }), min: int({ minimum: 1, maximum: 220 }), max: seconds(), other: opt(window()) };
const speedException = Type.Object({ under: Type.Object({ customer: ids() }), over: Type.Object({ customer: ids() }) });
const interposalFields = { name: name(64), score: num({ minimum: 0, maximum: 100 }), seconds: num({ minimum: 0, maximum: 2147483647 }), times: seconds(), other: window() };

type Ex = { before?: { staff?: string[] | null; customer?: string[] | null }; after?: { staff?: string[] | null } } | null | undefined;
const silenceOf = (s: { name: string; score: number; seconds: number; times: number; other?: Record<string, unknown> | undefined }, e: Ex): SilenceRule => ({
  name: s.name, score: s.score, seconds: s.seconds, times: s.times, other: s.other ?? {},
  exception: { before: { staff: e?.before?.staff ?? [], customer: e?.before?.customer ?? [] }, after: { staff: e?.after?.staff ?? [] } },
});
const speedOf = (s: { name: string; score: number; min: number; max: number; other?: Record<string, unknown> | undefined }, e: { under: { customer?: string[] | null }; over: { customer?: string[] | null } }): SpeedRule => ({
  name: s.name, score: s.score, min: s.min, max: s.max, other: s.other ?? {},
  exception: { under: { customer: e.under.customer ?? [] }, over: { customer: e.over.customer ?? [] } },
});

async function listRules<T extends TimingRule>(docs: Documents, kind: TimingKind, body: { limit: number; page?: number | undefined; keyword?: string | undefined }, row: (d: Doc<T>) => Record<string, unknown>) {
  const all = (await docs.list<T>(kind)).filter((d) => containsText(d.body.name, body.keyword));
  return { paging: { total: all.length }, data: pageOf(all, body.page, body.limit).map(row) };
}

function crud(section: string, name_: string, summary: string, path: string, body: TSchema, handler: Parameters<typeof sqmEndpoint>[0]['handler'], userId: 'mandatory' | 'optional', aliases: string[] = []) {
  const keyAliases = path.startsWith('interposal-rules/') ? { keyAliases: interposalAliases } : {};
  return sqmEndpoint({ section, name: name_, summary, path: `${root}/${path}`, pathAliases: aliases.map((a) => (a.startsWith('/') ? a : `${root}/${a}`)), envelope, userId, body, handler, ...keyAliases });
}

export const timingRuleEndpoints = [
  crud('12.2.8.1', 'getInterposalRuleById', 'Querying an interruption rule', 'interposal-rules/getInterposalRuleById', Type.Object({ interposal_id: id() }), async ({ body, docs }) => {
    const d = await requireTimingRule<InterposalRule>(docs, SqmKind.interposalRule, (body as { interposal_id: string }).interposal_id);
    return { setting: { score: deduction(d.body.score), seconds: String(d.body.seconds), times: String(d.body.times), other: d.body.other }, interposal_id: d.id, name: d.body.name };
  }, 'mandatory', ['interposal-rules/getInterposalRuleByld']),
  crud('12.2.8.2', 'queryInterposalRules', 'Querying interruption rules', 'interposal-rules/queryInterposalRules', listBody, ({ body, docs }) =>
    listRules<InterposalRule>(docs, SqmKind.interposalRule, body as never, (d) => ({ score: deduction(d.body.score), seconds: String(d.body.seconds), times: String(d.body.times), interposals_id: d.id, name: d.body.name })), 'mandatory'),
  crud('12.2.8.3', 'deleteInterposalRule', 'Deleting an interruption rule', 'interposal-rules/deleteInterposalRule', Type.Object({ interposal_id: id() }), async ({ body, deps, vdnId }) => {
    await deleteTimingRule(deps, vdnId, SqmKind.interposalRule, (body as { interposal_id: string }).interposal_id);
  }, 'mandatory'),
  crud('12.2.8.4', 'addInterposalRule', 'Adding an interruption rule', 'interposal-rules/addInterposalRule', Type.Object(interposalFields), async ({ body, deps, vdnId }) => {
    const b = body as InterposalRule;
    return { interposal_id: await saveTimingRule(deps, vdnId, SqmKind.interposalRule, { name: b.name, score: b.score, seconds: b.seconds, times: b.times, other: b.other }) };
  }, 'mandatory', ['/CCSQM/rest/ccism/v1/interposal-rules/addInterposalRule']),
  crud('12.2.8.5', 'updateInterposalRule', 'Updating an interruption rule', 'interposal-rules/updateInterposalRule', Type.Object({ interposal_id: id(), ...interposalFields }), async ({ body, deps, vdnId }) => {
    const b = body as InterposalRule & { interposal_id: string };
    await saveTimingRule(deps, vdnId, SqmKind.interposalRule, { name: b.name, score: b.score, seconds: b.seconds, times: b.times, other: b.other }, b.interposal_id);
  }, 'mandatory'),
  crud('12.2.9.1', 'querySilenceRule', 'Querying a silence rule', 'silencerule/querySilenceRule', Type.Object({ silence_id: id() }), async ({ body, docs }) => {
    const d = await requireTimingRule<SilenceRule>(docs, SqmKind.silenceRule, (body as { silence_id: string }).silence_id);
    const e = d.body.exception;
    return {
      exception: { before: { staff: await sentenceRefs(docs, e.before.staff), customer: await sentenceRefs(docs, e.before.customer) }, after: { staff: await sentenceRefs(docs, e.after.staff) } },
      setting: { score: deduction(d.body.score), seconds: String(d.body.seconds), times: String(d.body.times), silence_id: d.id, other: d.body.other, name: d.body.name },
    };
  }, 'optional'),
  crud('12.2.9.2', 'createSilenceRule', 'Creating a silence rule', 'silencerule/createSilenceRule', Type.Object({ setting: Type.Object(silenceSetting), exception: silenceException }), async ({ body, deps, vdnId }) => {
    const b = body as { setting: SilenceRule; exception: Ex };
    return { silence_id: await saveTimingRule(deps, vdnId, SqmKind.silenceRule, silenceOf(b.setting, b.exception)) };
  }, 'optional'),
  crud('12.2.9.3', 'querySilenceRules', 'Querying silence rules', 'silencerule/querySilenceRules', listBody, ({ body, docs }) =>
    listRules<SilenceRule>(docs, SqmKind.silenceRule, body as never, (d) => ({ score: deduction(d.body.score), seconds: String(d.body.seconds), times: String(d.body.times), silence_id: d.id, name: d.body.name })), 'optional'),
  crud('12.2.9.4', 'updateSilenceRule', 'Updating a silence rule', 'silencerule/updateSilenceRule', Type.Object({ setting: Type.Object({ silence_id: id(), ...silenceSetting }), exception: silenceException }), async ({ body, deps, vdnId }) => {
    const b = body as { setting: SilenceRule & { silence_id: string }; exception: Ex };
    await saveTimingRule(deps, vdnId, SqmKind.silenceRule, silenceOf(b.setting, b.exception), b.setting.silence_id);
  }, 'optional'),
  crud('12.2.9.5', 'deleteSilenceRule', 'Deleting a silence rule', 'silencerule/deleteSilenceRule', Type.Object({ silence_id: id() }), async ({ body, deps, vdnId }) => {
    await deleteTimingRule(deps, vdnId, SqmKind.silenceRule, (body as { silence_id: string }).silence_id);
  }, 'optional'),
  crud('12.2.10.1', 'addSpeedRule', 'Adding a speed rule', 'speedrule/addSpeedRule', Type.Object({ setting: Type.Object(speedSetting), exception: speedException }), async ({ body, deps, vdnId }) => {
    const b = body as { setting: SpeedRule; exception: SpeedRule['exception'] };
    return { speed_id: await saveTimingRule(deps, vdnId, SqmKind.speedRule, speedOf(b.setting, b.exception)) };
  }, 'optional'),
  crud('12.2.10.2', 'querySpeedRuleById', 'Querying a speed rule', 'speedrule/querySpeedRuleById', Type.Object({ speed_id: id() }), async ({ body, docs }) => {
    const d = await requireTimingRule<SpeedRule>(docs, SqmKind.speedRule, (body as { speed_id: string }).speed_id);
    const e = d.body.exception;
    return { exception: { under: { customer: await sentenceRefs(docs, e.under.customer) }, over: { customer: await sentenceRefs(docs, e.over.customer) } }, setting: { name: d.body.name, score: deduction(d.body.score), min: String(d.body.min), max: String(d.body.max), speed_id: d.id, other: d.body.other } };
  }, 'optional'),
  crud('12.2.10.3', 'deleteSpeedRule', 'Deleting a speed rule', 'speedrule/deleteSpeedRule', Type.Object({ speed_id: id() }), async ({ body, deps, vdnId }) => {
    await deleteTimingRule(deps, vdnId, SqmKind.speedRule, (body as { speed_id: string }).speed_id);
  }, 'optional'),
  crud('12.2.10.4', 'querySpeedRules', 'Querying speed rules', 'speedrule/querySpeedRules', listBody, ({ body, docs }) =>
    listRules<SpeedRule>(docs, SqmKind.speedRule, body as never, (d) => ({ score: -Math.abs(d.body.score), min: d.body.min, max: String(d.body.max), name: d.body.name, speed_id: d.id })), 'optional'),
  crud('12.2.10.5', 'updateSpeedRule', 'Updating a speed rule', 'speedrule/updateSpeedRule', Type.Object({ setting: Type.Object({ speed_id: id(), ...speedSetting }), exception: speedException }), async ({ body, deps, vdnId }) => {
    const b = body as { setting: SpeedRule & { speed_id: string }; exception: SpeedRule['exception'] };
    await saveTimingRule(deps, vdnId, SqmKind.speedRule, speedOf(b.setting, b.exception), b.setting.speed_id);
  }, 'optional'),
];
