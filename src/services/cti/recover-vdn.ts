import type { ApiServices } from '../../api/services.ts';
import { resumeSession, type TenantEngine } from '../../engine/index.ts';
import { sessionSnapshotOf } from '../../events/index.ts';
import { rollUpWritten } from '../../stats/historical/index.ts';
import type { Repositories } from '../../store/index.ts';
import { recoverInterruptedSystemCalls } from '../bidirectional/recover-system-calls.ts';
import { recoverInterruptedDialogs } from '../chatbot/recover-dialogs.ts';
import { settleInterruptedAttempts } from '../outbound/campaigns/campaign-recovery.ts';
import { vdnScope } from '../vdn-placement.ts';
import { recoverInterruptedRecords } from './recover-records.ts';
import { recoverInterruptedSessions } from './recover-sessions.ts';

export interface TakeoverOptions {
  /** Carry the signed-in agents on in the new engine (a cluster takeover), or sign them out (a start after a stop). */
  resumeSessions: boolean;
}

export interface TakeoverResult {
  /** Sessions carried on (resumeSessions) or closed. */
  sessions: number;
  /** Live calls of the previous owner ended with their CDR legs closed. */
  calls: number;
  /** Bidirectional calls and voice notifications (§6.2, §14) ended as stopped by the platform. */
  systemCalls: number;
  /** Chatbot dialogs the previous owner's engine drove (IVR calls, web chats), closed. */
  dialogs: number;
  /** Outbound attempts the previous owner's dialer had started, settled with 34607. */
  attempts: number;
}

/**
 * The store side of a takeover, for one VDN: with `engine`, sessions are handed to it; without,
 * they are closed (a start after a stop of the only node, before anything serves).
 */
export async function recoverVdn(services: ApiServices, vdnId: number, options: TakeoverOptions, engine?: TenantEngine): Promise<TakeoverResult> {
  const nowMs = services.clock.now();
  const records = await services.placement.inVdnTransaction(vdnId, async (repos) => {
    const recovered = await recoverInterruptedRecords(repos, vdnId, nowMs);
    // The finished calls count in the indicators as the record writer's batches would count them (decision 0813).
    if (recovered.finishedCalls.length > 0) await rollUpWritten(repos, { finishedCalls: recovered.finishedCalls, operations: [] });
    return recovered;
  });
  const work = { calls: records.calls, ...(await recoverInterruptedWork(services, vdnId)) };
  if (!options.resumeSessions || !engine) return { sessions: await closeSessions(services, vdnId), ...work };
  return { sessions: await resumeSessions(services, vdnId, engine), ...work };
}

/**
 * What else the previous run of the VDN left in flight besides calls and sessions (decision 1730),
 * ended before the new engine serves: no other node runs them, since the VDN's engine ran only on
 * its owner, and the new engine has started none of its own yet.
 */
async function recoverInterruptedWork(services: ApiServices, vdnId: number): Promise<Pick<TakeoverResult, 'systemCalls' | 'dialogs' | 'attempts'>> {
  const scope = vdnScope(services.placement, vdnId);
  return {
    systemCalls: await recoverInterruptedSystemCalls(services, scope),
    dialogs: await recoverInterruptedDialogs(services.repos, services.clock.now(), scope),
    attempts: await settleInterruptedAttempts(services.outbound.deps, scope),
  };
}

/** Signs the VDN's stored sessions (or only those of `workNos`) out in the journal, as after a crash. */
async function closeSessions(services: ApiServices, vdnId: number, workNos?: ReadonlySet<number>): Promise<number> {
  const closed = await services.placement.inVdnTransaction(vdnId, async (repos) => {
    const result = await recoverInterruptedSessions(repos, vdnId, () => services.ids.next(), workNos);
    if (result.operations.length > 0) await rollUpWritten(repos, { finishedCalls: [], operations: result.operations });
    return result;
  });
  return closed.sessions;
}

/** Rebuilds each stored session in `engine`; one that cannot go on (its account is gone) is closed as after a crash. */
async function resumeSessions(services: ApiServices, vdnId: number, engine: TenantEngine): Promise<number> {
  const rows = await services.repos.agentSessions.list(vdnId);
  const resumed = engine.run(() => rows.filter((row) => resumeSession(engine, sessionSnapshotOf(row))).length);
  const left = new Set(rows.filter((row) => !engine.agents.has(row.workNo)).map((row) => row.workNo));
  if (left.size > 0) await closeSessions(services, vdnId, left);
  // The resumed sessions' rows, written again by the new owner, are durable before anyone is served.
  await services.cti.records.flushed();
  return resumed;
}
