import type { DialHistory, DialTarget } from '../../domain/outbound/dialing/index.ts';
import { fail, type AgentRuntime, type Call, type EngineCore, type Result } from '../core/index.ts';
import { callout, previewCallout as plainPreviewCallout } from '../calls/index.ts';
import { attach, Feature } from './agent-dial.ts';
import { callerFor } from './dial-attempt.ts';
import { dialerState, type CampaignRun, type PreviewTask } from './dialer-state.ts';

/** Numbers longer than this go in AgentEvent_Preview_CallOut_Ex (ref L20329 "24 digits", L20352 "120"). */
const previewCallOutDigitsMax = 24;

/**
 * Offers a record to an idle agent (note 04 §5.6 preview): AgentEvent_Preview_CallOut with the
 * control id, the number and the call data (6.5.1.3.4); the agent dials it with previewCallout
 * (6.1.2.2), or the platform dials for it after `autoCallTime` s.
 */
export function offerPreview(engine: EngineCore, run: CampaignRun, agent: AgentRuntime, target: DialTarget, history: DialHistory): void {
  const state = dialerState(engine);
  const called = target.numbers[history.numberIndex]!.calledNo;
  const controlId = String(1_000_000 + ++state.previewSeq);
  agent.preview = { controlId, numbers: [called], callData: target.callData };
  const task: PreviewTask = { target, history, controlId, timer: null };
  run.previews.set(agent.workNo, task);
  run.active.add(target.dataId);
  const eventType = called.length > previewCallOutDigitsMax ? 'AgentEvent_Preview_CallOut_Ex' : 'AgentEvent_Preview_CallOut';
  engine.emit(agent.workNo, eventType, { controlid: controlId, dialeddigits: called, callData: target.callData });
  const autoSeconds = run.spec.previewParam?.autoCallTime;
  if (autoSeconds) task.timer = engine.after(autoSeconds * 1000, () => autoDial(engine, run, agent.workNo, controlId));
}

function autoDial(engine: EngineCore, run: CampaignRun, workNo: number, controlId: string): void {
  const task = run.previews.get(workNo);
  if (!task || task.controlId !== controlId) return;
  task.timer = null;
  const result = previewCallout(engine, { workNo, called: task.target.numbers[task.history.numberIndex]!.calledNo, controlId });
  if (!result.ok) releasePreview(engine, run, workNo, true);
}

/** The preview ends without a call (AgentEvent_Release_Preview); the record goes back to the buffer. */
export function releasePreview(engine: EngineCore, run: CampaignRun, workNo: number, requeue: boolean): void {
  const task = run.previews.get(workNo);
  if (!task) return;
  engine.cancel(task.timer);
  run.previews.delete(workNo);
  run.active.delete(task.target.dataId);
  const agent = engine.agents.get(workNo);
  if (agent?.preview?.controlId === task.controlId) agent.preview = null;
  if (agent) engine.emit(workNo, 'AgentEvent_Release_Preview');
  if (requeue && run.status === 'running') {
    run.buffer.unshift({ ...task.target, history: task.history });
    run.active.add(task.target.dataId);
  }
}

function taskOf(engine: EngineCore, workNo: number, controlId: string): { run: CampaignRun; task: PreviewTask } | null {
  for (const run of dialerState(engine).campaigns.values()) {
    const task = run.previews.get(workNo);
    if (task?.controlId === controlId) return { run, task };
  }
  return null;
}

/**
 * CEC §6.1.2.2 previewCallout for every preview task: a dialer task's call is the campaign's
 * attempt (started record, campaign calling number, call type 44); other tasks dial as before
 * (decision 0411).
 */
export function previewCallout(engine: EngineCore, request: { workNo: number; called: string; controlId: string }): Result<Call> {
  const found = taskOf(engine, request.workNo, request.controlId);
  const agent = engine.agents.get(request.workNo);
  if (!found || !agent) return plainPreviewCallout(engine, request);
  const { run, task } = found;
  const index = task.target.numbers.findIndex((n) => n.calledNo === request.called);
  if (index < 0 || agent.preview?.controlId !== request.controlId) return fail('PreviewInvalid', `${request.called} is not a number of the preview task`);
  const placed = callout(engine, { workNo: agent.workNo, called: request.called, caller: callerFor(engine, run, task.target), skillId: run.spec.skillId ?? undefined, callData: task.target.callData, feature: Feature.previewed });
  if (!placed.ok) return placed;
  engine.cancel(task.timer);
  run.previews.delete(agent.workNo);
  agent.preview = null;
  attach(engine, run, agent, placed.value, task.target, { ...task.history, numberIndex: index });
  return placed;
}
