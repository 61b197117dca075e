import { createRng } from '../../domain/time/index.ts';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { notFound } from '../../domain/ccsqm/failure.ts';
import { distribute, drawSample, matchesCriteria, requireStatus, type Candidate, type QualityTask, type SamplingCriteria, type TaskCall } from '../../domain/ccsqm/review-task.ts';
import { recordingSeed } from '../../media/recordings/index.ts';
import type { Repositories } from '../../store/index.ts';
import { Documents, type Doc } from './documents.ts';
import { callRow, parseCall } from './inspected-calls.ts';
import { reviseResult, type RevisionNote } from './revisions.ts';
import { nowSeconds, sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Manual review tasks and their calls (§12.2.14–12.2.15, note 07 §5.B.9, decision 1228). */

/** Every person id must be an agent of the tenant (a reviewer of another tenant names nobody, decision 1224). */
export async function requirePeople(repos: Repositories, vdnId: number, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const agent = /^\d{1,9}$/.test(id) ? await repos.agents.find(vdnId, Number(id)) : await repos.agents.findByUserAccount(vdnId, id);
    if (!agent) throw notFound('user', id);
  }
}

async function candidates(repos: Repositories, vdnId: number): Promise<Candidate[]> {
  const rows = await repos.sqm.listCalls(vdnId, { statuses: [2] });
  return rows.map((row) => {
    const c = parseCall(row);
    const scores = c.credit?.credit.map((s) => s.score) ?? [];
    return { callUuid: c.callUuid, staffId: c.call.staff_id, callTime: c.call.call_time, duration: c.call.duration, score: scores.length ? Math.min(...scores) : null, callType: c.call.call_type, sampled: Boolean((c.call as { sampled?: boolean }).sampled) };
  });
}

/** Samples the calls of a task and records them as its task calls (one transaction with the task). */
async function sample(deps: SqmDeps, repos: Repositories, vdnId: number, taskId: string, task: QualityTask): Promise<number> {
  const docs = new Documents(repos, vdnId);
  await docs.remove(SqmKind.taskCall, ...(await docs.list(SqmKind.taskCall, taskId)).map((d) => d.id));
  const pool = (await candidates(repos, vdnId)).filter((c) => matchesCriteria(c, task.fixedColumns, { from: task.callStart, to: task.callEnd }));
  const picked = drawSample(pool, task.fixedColumns, createRng(recordingSeed(vdnId, taskId)));
  for (const c of picked) {
    const body: TaskCall = { taskId, callUuid: c.callUuid, inspector: null, inspectStatus: 0 };
    await docs.put(SqmKind.taskCall, { id: deps.ids.next(), parentId: taskId, body, nowMs: deps.clock.now() });
    const row = await repos.sqm.findCall(vdnId, c.callUuid);
    if (row) {
      const stored = parseCall(row);
      await repos.sqm.putCall(callRow(vdnId, { ...stored, call: { ...stored.call, sampled: true } as never }));
    }
  }
  return picked.length;
}

export interface NewTask {
  planName: string;
  currentRole: string;
  creator: string;
  callStart: number | null;
  callEnd: number | null;
  fixedColumns: SamplingCriteria;
  planId?: string | null;
}

export function createQualityTask(deps: SqmDeps, vdnId: number, input: NewTask): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await requirePeople(repos, vdnId, input.fixedColumns.staffIds ?? []);
    const id = deps.ids.next();
    const task: QualityTask = { ...input, planId: input.planId ?? null, createTime: nowSeconds(deps), status: '0', effectiveDate: null, reserveTimeMs: null, reviewingOfficer: null };
    await docs.put(SqmKind.qualityTask, { id, name: task.planName, body: task, nowMs: deps.clock.now() });
    await sample(deps, repos, vdnId, id, task);
    return id;
  });
}

function taskWrite<T>(deps: SqmDeps, vdnId: number, taskId: string, work: (docs: Documents, task: Doc<QualityTask>, repos: Repositories) => Promise<T>): Promise<T> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    return work(docs, await docs.require<QualityTask>(SqmKind.qualityTask, taskId, 'sample inspection task'), repos);
  });
}

export function updateQualityTask(deps: SqmDeps, vdnId: number, taskId: string, patch: Partial<Pick<QualityTask, 'planName' | 'currentRole' | 'callStart' | 'callEnd' | 'fixedColumns'>>): Promise<void> {
  return taskWrite(deps, vdnId, taskId, async (docs, doc, repos) => {
    requireStatus(doc.body, 'update');
    const task = { ...doc.body, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as QualityTask;
    await docs.update(SqmKind.qualityTask, doc, task, deps.clock.now(), { name: task.planName });
    if (patch.fixedColumns || patch.callStart !== undefined || patch.callEnd !== undefined) await sample(deps, repos, vdnId, taskId, task);
  });
}

export function deleteQualityTask(deps: SqmDeps, vdnId: number, taskId: string): Promise<void> {
  return taskWrite(deps, vdnId, taskId, async (docs, doc) => {
    requireStatus(doc.body, 'delete');
    await docs.remove(SqmKind.taskCall, ...(await docs.list(SqmKind.taskCall, taskId)).map((d) => d.id));
    await docs.remove(SqmKind.qualityTask, taskId);
  });
}

export function terminateQualityTask(deps: SqmDeps, vdnId: number, taskId: string): Promise<void> {
  return taskWrite(deps, vdnId, taskId, async (docs, doc) => {
    requireStatus(doc.body, 'terminate');
    await docs.update(SqmKind.qualityTask, doc, { ...doc.body, status: '4' }, deps.clock.now(), { dueAtMs: null });
  });
}

/** Type 1 takes effect now; type 2 at `reserveTimeMs`, when the scheduler's tick comes by (status "3" until then). */
export function takeEffect(deps: SqmDeps, vdnId: number, taskId: string, type: 1 | 2, reserveTimeMs: number | null): Promise<void> {
  return taskWrite(deps, vdnId, taskId, async (docs, doc) => {
    requireStatus(doc.body, 'takeEffect');
    if (type === 2 && reserveTimeMs !== null && reserveTimeMs > deps.clock.now()) {
      await docs.update(SqmKind.qualityTask, doc, { ...doc.body, status: '3', reserveTimeMs }, deps.clock.now(), { dueAtMs: reserveTimeMs });
      return;
    }
    await docs.update(SqmKind.qualityTask, doc, { ...doc.body, status: '1', effectiveDate: nowSeconds(deps), reserveTimeMs: null }, deps.clock.now(), { dueAtMs: null });
  });
}

/** The scheduler's part: reserved tasks whose time has come take effect. */
export async function takeEffectDue(deps: SqmDeps, nowMs: number): Promise<void> {
  for (const row of await deps.repos.sqm.due(SqmKind.qualityTask, nowMs)) await takeEffect(deps, row.vdnId, row.id, 1, null);
}

export function appointQualityTask(deps: SqmDeps, vdnId: number, taskId: string, setCounts: ReadonlyArray<{ personID: string; count?: number | undefined }>, effectNow: boolean): Promise<void> {
  return taskWrite(deps, vdnId, taskId, async (docs, doc, repos) => {
    requireStatus(doc.body, 'appoint');
    await requirePeople(repos, vdnId, setCounts.map((s) => s.personID));
    const calls = (await docs.list<TaskCall>(SqmKind.taskCall, taskId)).filter((c) => c.body.inspectStatus === 0);
    const inspectors = distribute(calls.length, setCounts);
    for (const [i, c] of calls.entries()) await docs.update(SqmKind.taskCall, c, { ...c.body, inspector: inspectors[i]! }, deps.clock.now());
    if (effectNow && doc.body.status !== '1') await docs.update(SqmKind.qualityTask, doc, { ...doc.body, status: '1', effectiveDate: nowSeconds(deps) }, deps.clock.now(), { dueAtMs: null });
  });
}

/** A task call of an effective task, found by its id (or by its call's uuid). */
async function requireTaskCall(docs: Documents, taskCallId: string): Promise<{ call: Doc<TaskCall>; task: Doc<QualityTask> }> {
  const call = await docs.require<TaskCall>(SqmKind.taskCall, taskCallId, 'task call');
  const task = await docs.require<QualityTask>(SqmKind.qualityTask, call.body.taskId, 'sample inspection task');
  requireStatus(task.body, 'work');
  return { call, task };
}

/** The inspector revises one hit of a call of the task (12.2.15.1). */
export function modifyTaskResult(deps: SqmDeps, vdnId: number, input: { taskId: string; callUuid: string; reviseId: string; note: RevisionNote }): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const task = await docs.require<QualityTask>(SqmKind.qualityTask, input.taskId, 'sample inspection task');
    requireStatus(task.body, 'work');
    const calls = await docs.list<TaskCall>(SqmKind.taskCall, input.taskId);
    if (!calls.some((c) => c.body.callUuid === input.callUuid)) throw notFound('call of the task', input.callUuid);
    await reviseResult(repos, vdnId, input.callUuid, input.reviseId, input.note);
  });
}

/** Marks a task call inspected; the task completes with its last call (12.2.15.2). */
export function completeTaskCall(deps: SqmDeps, vdnId: number, taskCallId: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const { call, task } = await requireTaskCall(docs, taskCallId);
    await docs.update(SqmKind.taskCall, call, { ...call.body, inspectStatus: 1 }, deps.clock.now());
    const row = await repos.sqm.findCall(vdnId, call.body.callUuid);
    if (row) {
      const stored = parseCall(row);
      await repos.sqm.putCall(callRow(vdnId, { ...stored, call: { ...stored.call, inspect_status: 1 } }));
    }
    const open = (await docs.list<TaskCall>(SqmKind.taskCall, task.id)).filter((c) => c.body.inspectStatus === 0);
    if (open.length === 0) await docs.update(SqmKind.qualityTask, task, { ...task.body, status: '2' }, deps.clock.now());
  });
}
