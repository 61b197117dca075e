import { Type } from '@sinclair/typebox';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { toSeconds, type QualityTask, type SamplingCriteria, type TaskCall } from '../../domain/ccsqm/review-task.ts';
import { appointQualityTask, completeTaskCall, createQualityTask, deleteQualityTask, modifyTaskResult, takeEffect, terminateQualityTask, updateQualityTask } from '../../services/ccsqm/quality-tasks.ts';
import { parseCall } from '../../services/ccsqm/inspected-calls.ts';
import type { Doc } from '../../services/ccsqm/documents.ts';
import { nowSeconds } from '../../services/ccsqm/sqm-deps.ts';
import type { Repositories } from '../../store/index.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, int, name, num, opt, text } from './sqm-schemas.ts';

/** CEC §12.2.14 qualitytask and §12.2.15 qualitytaskdetail (ref L50689–51886), module code 0409000. */
const base = '/CCSQM/rest/ccisqm/v1/qualitytask';
const envelope = sqmModules.qualityTask;
const userId = 'mandatory' as const;
const millis = () => opt(Type.Union([Type.Null(), num({ minimum: 0 }), Type.Literal('')]));
export const criteriaSchema = Type.Object({
  maxNum: opt(num({ minimum: 0, maximum: 10000 })),
  qualityCondition: opt(Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(2)])),
  qualityNum: num({ minimum: 1, maximum: 10000 }),
  qualityType: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]),
  scoreStart: opt(num({ minimum: 0, maximum: 10000 })),
  scoreEnd: opt(num({ minimum: 0, maximum: 10000 })),
  durationStart: opt(num({ minimum: 0, maximum: 100000000 })),
  durationEnd: opt(num({ minimum: 0, maximum: 100000000 })),
  staffIds: opt(Type.Array(Type.String(), { maxItems: 1000 })),
  interactionType: opt(Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(2)])),
});
type CriteriaInput = { qualityCondition?: 0 | 1 | 2 | undefined; interactionType?: 0 | 1 | 2 | undefined } & Omit<SamplingCriteria, 'qualityCondition' | 'interactionType'>;
export const criteria = (c: CriteriaInput): SamplingCriteria => ({ ...c, qualityCondition: c.qualityCondition ?? 0, interactionType: c.interactionType ?? 0 });
const seconds = (v: number | '' | null | undefined) => (v === '' ? null : toSeconds(v));
const taskId = () => id(64);

export const qualityTaskEndpoints = [
  sqmEndpoint({
    section: '12.2.14.1', name: 'deleteQualityTask', summary: 'Deleting a sample inspection task',
    path: `${base}/deleteQualityTask`, envelope, userId,
    body: Type.Object({ qualityTaskId: taskId() }),
    async handler({ body, deps, vdnId }) {
      await deleteQualityTask(deps, vdnId, body.qualityTaskId);
    },
  }),
  sqmEndpoint({
    section: '12.2.14.2', name: 'updateQualityTask', summary: 'Updating a sample inspection task',
    path: `${base}/updateQualityTask`, envelope, userId,
    body: Type.Object({ currentRole: text(64), startTimeMillis: millis(), endTimeMillis: millis(), fixedColumns: opt(criteriaSchema), qualityTask: opt(Type.Object({ planName: name(32), id: opt(taskId()) })), qualityTaskId: opt(taskId()) }),
    async handler({ body, deps, vdnId }) {
      const target = body.qualityTask?.id ?? body.qualityTaskId;
      if (!target) throw envelope.fail('invalid', 'Incorrect request. qualityTask.id is mandatory.');
      await updateQualityTask(deps, vdnId, target, { planName: body.qualityTask?.planName, currentRole: body.currentRole, callStart: seconds(body.startTimeMillis), callEnd: seconds(body.endTimeMillis), ...(body.fixedColumns ? { fixedColumns: criteria(body.fixedColumns) } : {}) });
    },
  }),
  sqmEndpoint({
    section: '12.2.14.3', name: 'terminateQualityTask', summary: 'Terminating a sample inspection task',
    path: `${base}/terminateQualityTask`, envelope, userId,
    body: Type.Object({ qualityTaskId: taskId() }),
    async handler({ body, deps, vdnId }) {
      await terminateQualityTask(deps, vdnId, body.qualityTaskId);
    },
  }),
  sqmEndpoint({
    section: '12.2.14.4', name: 'takeEffectQualityTask', summary: 'Making a sample inspection task take effect',
    path: `${base}/takeEffectQualityTask`, envelope, userId,
    // `type` is a String in the table and a number in the example (note 07 §8.4 item 35).
    body: Type.Object({ type: Type.Union([Type.Literal(1), Type.Literal(2)]), qualityTaskId: taskId(), reserveTime: opt(Type.Union([Type.Null(), Type.String({ maxLength: 32 }), num()])) }),
    async handler({ body, deps, vdnId }) {
      await takeEffect(deps, vdnId, body.qualityTaskId, body.type, reserveMs(body.reserveTime));
    },
  }),
  sqmEndpoint({
    section: '12.2.14.5', name: 'queryQualityTask', summary: 'Querying sample inspection tasks',
    path: `${base}/queryQualityTask`, envelope, userId,
    gaps: 'tasks have no review step: the review counters stay 0 and no task has a reviewer, so a reviewingOfficer filter matches none.',
    body: Type.Object({
      fixedColumns: opt(Type.Object({ fileName: opt(text(32)), creatOperator: opt(text(32)), reviewingOfficer: opt(text(32)), status: opt(Type.Union([Type.Null(), Type.String({ maxLength: 4 })])), planName: opt(text(32)) })),
      userId: opt(text(64)), currentRole: text(64), startTimeMillis: num({ minimum: 0 }), endTimeMillis: num({ minimum: 0 }), callStartTimeMillis: millis(), callEndTimeMillis: millis(),
      page: int({ minimum: 1 }), rows: int({ minimum: 1, maximum: 100 }),
    }),
    async handler({ body, docs, services, vdnId, operator }) {
      const from = toSeconds(body.startTimeMillis)!;
      const to = toSeconds(body.endTimeMillis)!;
      const f = body.fixedColumns ?? {};
      const listed = (await docs.list<QualityTask>(SqmKind.qualityTask)).filter(({ body: t }) => t.createTime >= from && t.createTime <= to && (!f.planName || t.planName.includes(f.planName)) && (!f.creatOperator || t.creator === f.creatOperator) && (f.status === undefined || f.status === null || f.status === '' || t.status === f.status) && (!f.reviewingOfficer || t.reviewingOfficer === f.reviewingOfficer));
      const all = [];
      for (const d of listed) {
        const calls = await docs.list<TaskCall>(SqmKind.taskCall, d.id);
        // fileName selects the tasks that sampled a call whose file name contains it (as callsQualityTask filters its calls).
        if (!f.fileName || (await someFileNameContains(services.repos, vdnId, calls, f.fileName))) all.push({ d, calls });
      }
      const data = [];
      for (const { d, calls } of all.slice((body.page - 1) * body.rows, body.page * body.rows)) {
        data.push({
          reviewFinishedCount: 0, inspectFinishedCount: calls.filter((c) => c.body.inspectStatus === 1).length, planName: d.body.planName, isManipulate: d.body.creator === operator ? 1 : 0,
          inspectTotalCount: calls.length, planCode: d.id, planCodeStr: d.id, creatOperator: d.body.creator, createTime: d.body.createTime, id: d.id,
          personType: d.body.creator === operator ? 1 : 0, reviewTotalCount: 0, status: d.body.status, callStart: d.body.callStart, callEnd: d.body.callEnd,
          ...(d.body.effectiveDate !== null ? { effectiveDate: d.body.effectiveDate } : {}), ...(d.body.reviewingOfficer ? { reviewingOfficer: d.body.reviewingOfficer } : {}), interactionType: String(d.body.fixedColumns.interactionType === 0 ? 0 : 2),
        });
      }
      return { total: all.length, data };
    },
  }),
  sqmEndpoint({
    section: '12.2.14.6', name: 'appointQualityTask', summary: 'Assigning inspectors to a sample inspection task',
    path: `${base}/appointQualityTask`, envelope, userId,
    body: Type.Object({ qualityTaskId: taskId(), setCountsType: Type.Literal(1), isTakeEffect: Type.Union([Type.Literal(0), Type.Literal(1)]), setCounts: Type.Array(Type.Object({ personID: id(64), count: opt(int({ minimum: 0, maximum: 99999999 })) }), { minItems: 1, maxItems: 200 }) }),
    async handler({ body, deps, vdnId }) {
      await appointQualityTask(deps, vdnId, body.qualityTaskId, body.setCounts, body.isTakeEffect === 1);
    },
  }),
  sqmEndpoint({
    section: '12.2.14.7', name: 'createQualityTask', summary: 'Creating a sample inspection task',
    path: `${base}/createQualityTask`, envelope, userId,
    body: Type.Object({ currentRole: text(64), startTimeMillis: millis(), endTimeMillis: millis(), fixedColumns: criteriaSchema, qualityTask: Type.Object({ planName: name(32) }), customColumns: opt(Type.Unknown()) }),
    async handler({ body, deps, vdnId, operator }) {
      return { qualityTaskId: await createQualityTask(deps, vdnId, { planName: body.qualityTask.planName, currentRole: body.currentRole, creator: operator ?? '', callStart: seconds(body.startTimeMillis), callEnd: seconds(body.endTimeMillis), fixedColumns: criteria(body.fixedColumns) }) };
    },
  }),
  sqmEndpoint({
    section: '12.2.15.1', name: 'modifyResultQualityTask', summary: 'Revising one rule result of a task call',
    path: `${base}/modifyResultQualityTask`, envelope, userId,
    // `reviselId` is the OCR of reviseId (note 07 §8.4 item 24); the l/I rule and this alias cover both.
    body: Type.Object({ isGroup: opt(Type.Boolean()), ruleType: opt(int()), taskId: taskId(), uuid: id(128), ruleInfo: Type.Object({ description: Type.String({ maxLength: 1024 }), revise: Type.Union([Type.Literal(0), Type.Literal(1)]), reviseId: id(128) }) }),
    keyAliases: { reviseId: ['reviselId', 'revise_id'] },
    async handler({ body, deps, vdnId, operator }) {
      await modifyTaskResult(deps, vdnId, { taskId: body.taskId, callUuid: body.uuid, reviseId: body.ruleInfo.reviseId, note: { revise: body.ruleInfo.revise, description: body.ruleInfo.description, by: operator ?? '', atSeconds: nowSeconds(deps) } });
    },
  }),
  sqmEndpoint({
    section: '12.2.15.2', name: 'completeQualityTask', summary: 'Completing the inspection of a task call',
    path: `${base}/completeQualityTask`, envelope, userId,
    body: Type.Object({ isGroup: opt(Type.Boolean()), callId: opt(Type.String({ maxLength: 128 })), callGroupId: opt(Type.String({ maxLength: 128 })), qualityTaskCallId: taskId() }),
    async handler({ body, deps, vdnId }) {
      await completeTaskCall(deps, vdnId, body.qualityTaskCallId);
    },
  }),
  sqmEndpoint({
    section: '12.2.15.3', name: 'callsQualityTask', summary: 'Querying the calls of a sample inspection task',
    path: `${base}/callsQualityTask`, envelope, userId,
    gaps: 'tasks have no review step: every call stays unreviewed (review status -1) and no task has a reviewer, so reviewingOfficer and showReviewingOfficer match no call.',
    body: Type.Object({ currentRole: text(64), page: int({ minimum: 1 }), rows: int({ minimum: 1, maximum: 1000 }), pages: opt(Type.Unknown()), fixedColumns: Type.Object({ planCode: id(128), showReviewingOfficer: opt(Type.Boolean()), inspectStatus: opt(Type.String({ maxLength: 4 })), inspector: opt(text(256)), fileName: opt(text(256)), reviewingOfficer: opt(text(256)), reviewingStates: opt(text(16)), staff: opt(text(256)), durationFrom: opt(num()), durationTo: opt(num()) }) }),
    async handler({ body, docs, services, vdnId, operator }) {
      const f = body.fixedColumns;
      const task = await docs.require<QualityTask>(SqmKind.qualityTask, f.planCode, 'sample inspection task');
      // A task's calls go to its reviewer as a whole: a reviewer filter, or asking for reviewer-assigned calls only, keeps them or none.
      if ((f.reviewingOfficer && task.body.reviewingOfficer !== f.reviewingOfficer) || (f.showReviewingOfficer && !task.body.reviewingOfficer)) return { total: 0, pages: 0, data: [] };
      // An inspector sees only the calls assigned to them (note 07 §5.B.9).
      const mine = body.currentRole === 'qualityInspector' ? operator : undefined;
      const rows = [];
      for (const tc of await docs.list<TaskCall>(SqmKind.taskCall, f.planCode)) {
        if (mine && tc.body.inspector !== mine) continue;
        if (f.inspector && tc.body.inspector !== f.inspector) continue;
        // The example filters with "5" (note 07 §8.4 item 70): values outside −1/0/1/3 filter nothing.
        if (f.inspectStatus && ['0', '1'].includes(f.inspectStatus) && String(tc.body.inspectStatus) !== f.inspectStatus) continue;
        const row = await services.repos.sqm.findCall(vdnId, tc.body.callUuid);
        if (!row) continue;
        const c = parseCall(row).call;
        if (f.staff && c.staff_id !== f.staff && !c.staff_name.includes(f.staff)) continue;
        if (f.fileName && !c.file_name.includes(f.fileName)) continue;
        // CEC §12.2.15.3 (ref L51754): reviewingStates is one of −1, 0, 2, 3; like inspectStatus, other values filter nothing.
        if (f.reviewingStates && ['-1', '0', '2', '3'].includes(f.reviewingStates) && String(c.review_status) !== f.reviewingStates) continue;
        if ((f.durationFrom !== undefined && c.duration < f.durationFrom) || (f.durationTo !== undefined && c.duration > f.durationTo)) continue;
        const inspector = tc.body.inspector ? await services.repos.agents.find(vdnId, Number(tc.body.inspector)) : undefined;
        rows.push({
          calls: [{ duration: c.duration, upload_time: c.upload_time, rightSpeechRatio: String(c.right_speech_ratio ?? 0), file_name: c.file_name, leftSpeechRatio: String(c.left_speech_ratio ?? 0), call_time: c.call_time, leftChannel: c.left_channel ?? 'customer', call_uuid: tc.body.callUuid, inspectStatus: tc.body.inspectStatus, call_type: c.call_type, taskId: f.planCode, call_id: c.call_id }],
          id: tc.id, inspector: tc.body.inspector ?? '', inspectStatus: tc.body.inspectStatus, inspectorName: inspector?.userName ?? '', is_group: false,
          setting: { staff_name: c.staff_name, staffId: c.staff_id, taskId: f.planCode, call_id: c.call_id },
        });
      }
      return { total: rows.length, pages: Math.ceil(rows.length / body.rows), data: rows.slice((body.page - 1) * body.rows, body.page * body.rows) };
    },
  }),
];

async function someFileNameContains(repos: Repositories, vdnId: number, calls: ReadonlyArray<Doc<TaskCall>>, fileName: string): Promise<boolean> {
  for (const tc of calls) {
    const row = await repos.sqm.findCall(vdnId, tc.body.callUuid);
    if (row && parseCall(row).call.file_name.includes(fileName)) return true;
  }
  return false;
}

/** `reserveTime`: seconds, milliseconds or `yyyy-MM-dd HH:mm:ss` (UTC); empty is none. */
function reserveMs(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || /^\d+$/.test(value)) {
    const n = Number(value);
    return n >= 1e11 ? n : n * 1000;
  }
  const parsed = Date.parse(`${value.replace(' ', 'T')}Z`);
  if (Number.isNaN(parsed)) throw envelope.fail('invalid', 'Incorrect request. reserveTime is not a time.');
  return parsed;
}
