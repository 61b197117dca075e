import { Type } from '@sinclair/typebox';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { cycleName, endTypeName, type SamplingPlan } from '../../domain/ccsqm/sampling-plan.ts';
import { addPlan, beginPlan, deletePlan, stopPlan, updatePlan, type PlanInput } from '../../services/ccsqm/sampling-plans.ts';
import type { SqmDeps } from '../../services/ccsqm/sqm-deps.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { criteria, criteriaSchema } from './quality-tasks.endpoints.ts';
import { id, int, name, num, opt, text } from './sqm-schemas.ts';

/** CEC §12.2.13 regularQualityTask (ref L49921–50688): scheduled sampling plans, module code 0408000. */
const base = '/CCSQM/rest/ccisqm/v1/regularqualitytask';
const envelope = sqmModules.regularTask;
const userId = 'mandatory' as const;
// `qiqtId` "is the same as regularQualityTaskId and qiqId" (ref L50255, note 07 §8.4 item 65).
const planAliases = { regularQualityTaskId: ['qiqtId', 'qiqId', 'objId'] };
const planBody = {
  appointQuality: Type.Object({ setCounts: Type.Array(Type.Object({ personID: id(64), count: opt(int({ minimum: 0, maximum: 99999999 })) }), { minItems: 1, maxItems: 200 }), setCountsType: Type.Union([Type.Literal(0), Type.Literal(2)]) }),
  // The example sends qiqtStartTime as a float and repeats qiqtEndTime (note 07 §8.4 item 64).
  cronStructure: Type.Object({ qiqtCycleType: Type.Union([Type.Literal('1'), Type.Literal('2'), Type.Literal('3')]), qiqtEndTime: opt(Type.Union([Type.Null(), num({ minimum: 0, maximum: 9999999999 })])), qiqtEndType: opt(Type.Union([Type.Literal('1'), Type.Literal('2')])), qiqtStartTime: num({ minimum: 0, maximum: 9999999999 }), qiqtTotalTimes: opt(Type.Union([Type.Null(), int({ minimum: 1, maximum: 99999999 })])) }),
  currentRole: opt(text(64)),
  extractionRange: Type.Object({ currentRole: opt(text(64)), fixedColumns: criteriaSchema, customColumns: opt(Type.Unknown()), userId: opt(text(64)) }),
  qiqtName: name(64),
  userId: opt(text(64)),
};
type PlanBody = { appointQuality: { setCounts: Array<{ personID: string; count?: number | undefined }>; setCountsType: 0 | 2 }; cronStructure: { qiqtCycleType: '1' | '2' | '3'; qiqtEndTime?: number | null | undefined; qiqtEndType?: '1' | '2' | undefined; qiqtStartTime: number; qiqtTotalTimes?: number | null | undefined }; currentRole?: string | undefined; extractionRange: { currentRole?: string | undefined; fixedColumns: Parameters<typeof criteria>[0] }; qiqtName: string };
const planOf = (b: PlanBody): PlanInput => ({
  qiqtName: b.qiqtName, cycleType: b.cronStructure.qiqtCycleType, startTime: Math.floor(b.cronStructure.qiqtStartTime),
  // Without an end type, a plan with an end time ends by time, otherwise by count.
  endType: b.cronStructure.qiqtEndType ?? (b.cronStructure.qiqtEndTime && b.cronStructure.qiqtEndTime > 100 ? '2' : '1'),
  endTime: b.cronStructure.qiqtEndTime ?? null, totalTimes: b.cronStructure.qiqtTotalTimes ?? null, currentRole: b.currentRole ?? b.extractionRange.currentRole ?? '',
  fixedColumns: criteria(b.extractionRange.fixedColumns), setCountsType: b.appointQuality.setCountsType, setCounts: b.appointQuality.setCounts,
});
const at = (seconds: number | null) => (seconds === null ? '' : new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' '));
const planId = Type.Object({ regularQualityTaskId: id(20) });

/** A command on one plan named by `regularQualityTaskId` (or an alias): begin, delete, stop. */
function planCommand(section: string, name: string, summary: string, action: (deps: SqmDeps, vdnId: number, planId: string) => Promise<void>, pathAliases: string[] = []) {
  const operation = name.replace(' (plan)', '');
  return sqmEndpoint({
    section, name, summary, path: `${base}/${operation}`, ...(pathAliases.length ? { pathAliases } : {}), envelope, userId,
    body: planId, keyAliases: planAliases,
    async handler({ body, deps, vdnId }) {
      await action(deps, vdnId, body.regularQualityTaskId);
    },
  });
}

export const samplingPlanEndpoints = [
  sqmEndpoint({
    section: '12.2.13.1', name: 'addQualityTask', summary: 'Creating a scheduled sample inspection plan',
    path: `${base}/addQualityTask`, envelope, userId,
    body: Type.Object(planBody),
    async handler({ body, deps, vdnId, operator }) {
      return { objId: await addPlan(deps, vdnId, operator ?? '', planOf(body)) };
    },
  }),
  // The URI line prints `bigenQualityTask` (note 07 §8.4 item 18).
  planCommand('12.2.13.2', 'beginQualityTask', 'Starting a scheduled sample inspection plan', beginPlan, [`${base}/bigenQualityTask`]),
  sqmEndpoint({
    section: '12.2.13.3', name: 'updateQualityTask (plan)', summary: 'Updating a scheduled sample inspection plan',
    path: `${base}/updateQualityTask`, envelope, userId,
    body: Type.Object({ ...planBody, regularQualityTaskId: id(20) }), keyAliases: planAliases,
    async handler({ body, deps, vdnId }) {
      await updatePlan(deps, vdnId, body.regularQualityTaskId, planOf(body));
    },
  }),
  planCommand('12.2.13.4', 'deleteQualityTask (plan)', 'Deleting a scheduled sample inspection plan', deletePlan),
  sqmEndpoint({
    section: '12.2.13.5', name: 'queryQualityTask (plan)', summary: 'Querying scheduled sample inspection plans',
    path: `${base}/queryQualityTask`, envelope, userId,
    body: Type.Object({ page: int({ minimum: 1 }), rows: int({ minimum: 1, maximum: 1000 }) }),
    async handler({ body, docs }) {
      const all = await docs.list<SamplingPlan>(SqmKind.plan);
      return {
        total: all.length,
        list: all.slice((body.page - 1) * body.rows, body.page * body.rows).map(({ id: planIdValue, body: p }) => ({
          qiqtStartTimeStr: at(p.startTime), qiqtEndType: p.endType, qiqtEndTypeStr: endTypeName[p.endType], qiqtId: planIdValue, nextExecutionTimeStr: at(p.nextExecution),
          qiqtName: p.qiqtName, qiqtExecutionTimes: p.executionTimes, qiqtTotalTimes: p.totalTimes, qiqtCycleType: cycleName[p.cycleType], qiqtStatus: p.status,
          qiqtCreator: p.creator, qiqtCreateTimeStr: at(p.createTime), qiqtEndTimeStr: at(p.endTime), interactionType: String(p.fixedColumns.interactionType === 0 ? 0 : 2),
        })),
      };
    },
  }),
  planCommand('12.2.13.6', 'stopQualityTask', 'Stopping a scheduled sample inspection plan', stopPlan),
];
