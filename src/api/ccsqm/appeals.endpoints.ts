import { Type } from '@sinclair/typebox';
import { stageStatus, statusName, type QualityItem } from '../../domain/ccsqm/appeal.ts';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { toSeconds } from '../../domain/ccsqm/review-task.ts';
import { auditItem, complain, modifyItemResult, reassignItem } from '../../services/ccsqm/appeals.ts';
import { requireInspectedCall, scoresOf } from '../../services/ccsqm/revisions.ts';
import type { Doc } from '../../services/ccsqm/documents.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, int, opt, text } from './sqm-schemas.ts';

/** CEC §12.2.12.4 complain and §12.2.16 qualityitem (ref L49810–49920, L51887–52747), module code 0410000. */
const base = '/CCSQM/rest/ccisqm/v1/qualityitem';
const envelope = sqmModules.qualityItem;
const userId = 'mandatory' as const;
const itemId = () => id(64);
// The tables print `qualityTaskInfold`, `taskInfold`, `reviselId`, `coment` (note 07 §8.4 items 24, 37).
const itemAliases = { qualityTaskInfoId: ['qualityTaskInfold'], taskInfoId: ['taskInfold'], reviseId: ['reviselId', 'reviselid'], comment: ['coment'] };
const at = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
const operatorOf = (operator: string | undefined) => operator ?? '';

function itemRow(d: Doc<QualityItem>) {
  const status = stageStatus[d.body.stage];
  return {
    id: d.id, taskType: d.body.taskType, taskTypeName: d.body.taskType === 2 ? 'APPEAL' : 'PROBLEM', taskStatus: status, taskStatusName: statusName[status],
    inspectorName: d.body.inspector, reviewingOfficerName: d.body.leader, initiatorName: d.body.initiator, taskOperatorName: d.body.handler, agentName: d.body.previousHandler,
    calls: [{ call_uuid: d.body.callUuid }], createTimeStr: at(d.body.createTime), updateTimeStr: at(d.body.updateTime), setting: { file_name: d.body.fileName },
  };
}

export const appealEndpoints = [
  sqmEndpoint({
    section: '12.2.12.4', name: 'appraisecall/complain', summary: 'Appealing rule results of an inspected call',
    path: '/CCSQM/rest/ccisqm/v1/appraisecall/complain', envelope: sqmModules.appraiseBare, userId,
    body: Type.Object({
      callGroupId: Type.String({ minLength: 1, maxLength: 128 }), callId: Type.String({ minLength: 1, maxLength: 128 }), isGroup: opt(Type.Boolean()), leaderRole: Type.String({ maxLength: 64 }), leaderUUID: id(64), taskDescription: Type.String({ minLength: 1, maxLength: 2048 }),
      chooseRuleGroupList: Type.Array(Type.Object({ ruleGroupId: id(128), reviseIdList: Type.Array(Type.String({ maxLength: 128 }), { minItems: 1, maxItems: 200 }) }), { minItems: 1, maxItems: 50 }),
      callType: opt(Type.Union([Type.String(), Type.Number()])), fileName: opt(text(256)),
    }),
    keyAliases: { reviseIdList: ['reviselIdList'] },
    async handler({ body, deps, vdnId, operator }) {
      const { callUuid } = await complain(deps, vdnId, operatorOf(operator), { callId: body.callId, leader: body.leaderUUID, description: body.taskDescription, groups: body.chooseRuleGroupList.map((g) => ({ ruleGroupId: g.ruleGroupId, reviseIds: g.reviseIdList })) });
      // The example answers `{callId, available}` where the table says `{status, message}` (note 07 §8.4 item 63).
      return { callId: callUuid, available: true };
    },
  }),
  sqmEndpoint({
    section: '12.2.16.1', name: 'reassignQualityTask', summary: 'Reassigning the handler of an appeal',
    path: `${base}/reassignQualityTask`, pathAliases: [`${base}/reassginQualityTask`], envelope, userId,
    body: Type.Object({ handler: id(64), qualityTaskInfoId: itemId(), role: opt(text(64)) }),
    keyAliases: itemAliases,
    async handler({ body, deps, vdnId, operator }) {
      await reassignItem(deps, vdnId, operatorOf(operator), body.qualityTaskInfoId, body.handler);
    },
  }),
  sqmEndpoint({
    section: '12.2.16.2', name: 'modifyQualityItemResult', summary: 'Changing a rule result while handling an appeal',
    path: `${base}/modifyQualityItemResult`, envelope, userId,
    body: Type.Object({ isGroup: opt(Type.Boolean()), qualityItemId: itemId(), qualityItemType: opt(int()), ruleInfo: Type.Object({ reviseId: id(128), revise: Type.Union([Type.Literal(0), Type.Literal(1)]), description: opt(text(1024)) }), ruleType: opt(int()), uuid: opt(text(128)) }),
    keyAliases: itemAliases,
    async handler({ body, deps, vdnId, operator }) {
      await modifyItemResult(deps, vdnId, operatorOf(operator), body.qualityItemId, body.ruleInfo.reviseId, body.ruleInfo.revise, body.ruleInfo.description ?? '');
    },
  }),
  sqmEndpoint({
    section: '12.2.16.3', name: 'appealItem', summary: 'Reviewing an appeal (pass, back, assign)',
    path: `${base}/appealItem`, envelope, userId,
    body: Type.Object({ auditOperation: Type.Union([Type.Literal('back'), Type.Literal('pass'), Type.Literal('assign'), Type.Literal('reassign')]), callId: opt(text(128)), comment: opt(text(2048)), taskInfoId: itemId(), assignee: opt(text(64)), role: opt(text(64)) }),
    keyAliases: itemAliases,
    async handler({ body, deps, vdnId, operator }) {
      const op = body.auditOperation === 'reassign' ? 'assign' : body.auditOperation;
      await auditItem(deps, vdnId, operatorOf(operator), body.taskInfoId, op, body.comment ?? '', body.assignee || undefined);
    },
  }),
  sqmEndpoint({
    section: '12.2.16.4', name: 'queryQualityItem', summary: 'Querying problem and appeal items',
    path: `${base}/queryQualityItem`, envelope, userId,
    gaps: 'Only appeals (taskType 2) exist: problem items (type 1) have no creation interface in the reference and are never made.',
    body: Type.Object({ fixedColumns: opt(Type.Object({ agentUserIds: opt(Type.Array(Type.String())), qualityUserIds: opt(Type.Array(Type.String())), taskType: opt(Type.String({ maxLength: 4 })), taskStatus: opt(int()) })), startTimeMillis: opt(Type.Union([Type.Null(), int()])), endTimeMillis: opt(Type.Union([Type.Null(), int()])), rows: opt(int({ minimum: 1, maximum: 1_000_000 })), page: opt(int({ minimum: 1 })) }),
    async handler({ body, docs }) {
      const f = body.fixedColumns ?? {};
      const from = toSeconds(body.startTimeMillis);
      const to = toSeconds(body.endTimeMillis);
      const all = (await docs.list<QualityItem>(SqmKind.qualityItem)).filter(({ body: i }) =>
        (from === null || i.createTime >= from) && (to === null || i.createTime <= to) && (!f.taskType || String(i.taskType) === f.taskType) &&
        (f.taskStatus === undefined || stageStatus[i.stage] === f.taskStatus) && (!f.agentUserIds?.length || f.agentUserIds.includes(i.initiator)) && (!f.qualityUserIds?.length || f.qualityUserIds.includes(i.inspector)));
      const rows = body.rows ?? 10;
      const page = body.page ?? 1;
      return { total: all.length, pages: Math.ceil(all.length / rows), pageSize: rows, pageNum: page, data: all.slice((page - 1) * rows, page * rows).map(itemRow) };
    },
  }),
  sqmEndpoint({
    section: '12.2.16.5', name: 'queryQualityItemDetail', summary: 'Querying an appeal item with its rule hits',
    path: `${base}/queryQualityItemDetail`, envelope, userId,
    body: Type.Object({ qualityItemId: itemId() }),
    async handler({ body, docs }) {
      const d = await docs.require<QualityItem>(SqmKind.qualityItem, body.qualityItemId, 'appeal');
      return {
        agentIsNull: d.body.previousHandler === '', title: d.body.title, qualityItem: { callId: d.body.callUuid, taskType: d.body.taskType },
        qualityItemRuleHit: d.body.hits.map((h, i) => ({ id: String(i + 1), callId: d.body.callUuid, ruleId: h.ruleId, ruleName: h.ruleName, ruleDescribe: h.ruleName, valid: h.valid, ruleType: h.ruleType, createTime: d.body.createTime, updateTime: d.body.updateTime, description: h.description, appealId: d.id, reviselId: h.reviseId, ruleGroupId: h.ruleGroupId, revise: h.revise })),
      };
    },
  }),
  sqmEndpoint({
    section: '12.2.16.6', name: 'queryQualityItemResult', summary: 'Querying the manual and automatic scores of an appealed call',
    path: `${base}/queryQualityItemResult`, envelope: sqmModules.qualityItemList, userId,
    body: Type.Object({ qualityId: itemId(), call_uuid: opt(text(128)) }),
    async handler({ body, docs, services, vdnId }) {
      const d = await docs.require<QualityItem>(SqmKind.qualityItem, body.qualityId, 'appeal');
      const stored = await requireInspectedCall(services.repos, vdnId, d.body.callUuid);
      const scores = await scoresOf(services.repos, vdnId, stored);
      return { list: scores.map((s) => ({ createTime: stored.credit!.create_time, ruleGroupId: s.scenario.setting.group_id, ruleGroupName: s.scenario.setting.group_name, automaticScore: s.automaticScore, manuallyScore: s.manuallyScore, credit: s.scenario })) };
    },
  }),
  sqmEndpoint({
    section: '12.2.16.7', name: 'queryQualityHistory', summary: 'Querying the workflow history of an appeal',
    path: `${base}/queryQualityHistory`, envelope, userId,
    body: Type.Object({ qualityTaskInfoId: itemId() }),
    keyAliases: itemAliases,
    async handler({ body, docs, operator }) {
      const d = await docs.require<QualityItem>(SqmKind.qualityItem, body.qualityTaskInfoId, 'appeal');
      const canHandle = d.body.stage !== 'finish' && d.body.handler === operator;
      return {
        workflowNodeList: d.body.nodes.map((n) => ({ ...n, createTime: at(n.createTime), assignHistoryList: n.assignHistoryList.map((a) => ({ ...a, assignTime: at(a.assignTime) })) })),
        // Both spellings of the reassign flag (note 07 §8.4 item 38).
        showAssgin: canHandle, showReassgin: canHandle, showReassign: canHandle, canHandle,
      };
    },
  }),
];
