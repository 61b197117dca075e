import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { invalid } from '../../domain/ccsqm/failure.ts';
import { countsFor, nextRun, type SamplingPlan } from '../../domain/ccsqm/sampling-plan.ts';
import type { TaskCall } from '../../domain/ccsqm/review-task.ts';
import { Documents } from './documents.ts';
import { appointQualityTask, createQualityTask, requirePeople, takeEffect } from './quality-tasks.ts';
import { nowSeconds, sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Scheduled sampling plans (§12.2.13), run by the scheduler from their stored due time (decision 1228). */
export type PlanInput = Omit<SamplingPlan, 'status' | 'executionTimes' | 'nextExecution' | 'creator' | 'createTime'>;

function check(plan: PlanInput): void {
  if (plan.endType === '1' && !plan.totalTimes) throw invalid('Incorrect request. qiqtTotalTimes is mandatory when qiqtEndType is 1.');
  if (plan.endType === '2' && !plan.endTime) throw invalid('Incorrect request. qiqtEndTime is mandatory when qiqtEndType is 2.');
  if (plan.setCountsType === 2 && plan.setCounts.reduce((s, c) => s + (c.count ?? 0), 0) !== 100) throw invalid('Incorrect request. The percentages of setCounts must add up to 100.');
}

const dueMs = (plan: SamplingPlan) => (plan.status === '2' && plan.nextExecution !== null ? plan.nextExecution * 1000 : null);

export function addPlan(deps: SqmDeps, vdnId: number, creator: string, input: PlanInput): Promise<string> {
  check(input);
  return sqmWrite(deps, vdnId, async (repos) => {
    await requirePeople(repos, vdnId, [...input.setCounts.map((s) => s.personID), ...(input.fixedColumns.staffIds ?? [])]);
    const id = deps.ids.next();
    const plan: SamplingPlan = { ...input, status: '1', executionTimes: 0, nextExecution: null, creator, createTime: nowSeconds(deps) };
    plan.nextExecution = nextRun(plan, nowSeconds(deps) - 1);
    await new Documents(repos, vdnId).put(SqmKind.plan, { id, name: plan.qiqtName, body: plan, nowMs: deps.clock.now() });
    return id;
  });
}

function planWrite(deps: SqmDeps, vdnId: number, id: string, change: (plan: SamplingPlan) => SamplingPlan | null): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<SamplingPlan>(SqmKind.plan, id, 'sample inspection plan');
    const next = change(doc.body);
    if (next === null) await docs.remove(SqmKind.plan, id);
    else await docs.update(SqmKind.plan, doc, next, deps.clock.now(), { name: next.qiqtName, dueAtMs: dueMs(next) });
  });
}

export const beginPlan = (deps: SqmDeps, vdnId: number, id: string) => planWrite(deps, vdnId, id, (p) => ({ ...p, status: '2', nextExecution: nextRun(p, nowSeconds(deps) - 1) }));
export const stopPlan = (deps: SqmDeps, vdnId: number, id: string) => planWrite(deps, vdnId, id, (p) => ({ ...p, status: '1' }));
export const deletePlan = (deps: SqmDeps, vdnId: number, id: string) => planWrite(deps, vdnId, id, () => null);

export function updatePlan(deps: SqmDeps, vdnId: number, id: string, input: PlanInput): Promise<void> {
  check(input);
  return planWrite(deps, vdnId, id, (p) => {
    const plan = { ...p, ...input };
    return { ...plan, nextExecution: nextRun(plan, nowSeconds(deps) - 1) };
  });
}

/** Runs each due plan once (a plan missed while the server was down runs once, then continues from now). */
export async function runDuePlans(deps: SqmDeps, nowMs: number): Promise<void> {
  for (const row of await deps.repos.sqm.due(SqmKind.plan, nowMs)) {
    const docs = new Documents(deps.repos, row.vdnId);
    const doc = await docs.find<SamplingPlan>(SqmKind.plan, row.id);
    if (!doc || doc.body.status !== '2' || doc.body.nextExecution === null) continue;
    const plan = doc.body;
    const at = plan.nextExecution!;
    const period = nextRun({ ...plan, endType: '1', totalTimes: null, executionTimes: 0 }, at)! - at;
    const stamp = new Date(at * 1000).toISOString().slice(0, 16).replace(/[-:T]/g, '');
    const taskId = await createQualityTask(deps, row.vdnId, { planName: `${plan.qiqtName}-${stamp}`.slice(0, 64), currentRole: plan.currentRole, creator: plan.creator, callStart: at - period, callEnd: at, fixedColumns: plan.fixedColumns, planId: row.id });
    const calls = (await docs.list<TaskCall>(SqmKind.taskCall, taskId)).length;
    if (calls > 0) await appointQualityTask(deps, row.vdnId, taskId, countsFor(plan, calls), false);
    await takeEffect(deps, row.vdnId, taskId, 1, null);
    await planWrite(deps, row.vdnId, row.id, (p) => {
      const ran = { ...p, executionTimes: p.executionTimes + 1 };
      const next = nextRun(ran, Math.max(at, Math.floor(nowMs / 1000)));
      return { ...ran, nextExecution: next, status: next === null ? '1' : p.status };
    });
  }
}
