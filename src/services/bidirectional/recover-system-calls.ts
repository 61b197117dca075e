import { stoppedReason, type SystemCallProgress } from '../../engine/index.ts';
import type { SystemCallRow } from '../../store/index.ts';
import { recoveryWrite, type VdnScope } from '../vdn-placement.ts';
import type { SystemCallDeps } from './system-call-deps.ts';
import { finishItaCall } from './ita-simulator.ts';
import { systemCallSettings } from './system-call-settings.ts';
import { notificationReleaseBody, queueReleaseCallback, releaseEventBody } from './two-party-callbacks.ts';

/** A row's progress as ended by the platform at `nowMs` (decision 0430). */
function stoppedProgress(row: SystemCallRow, nowMs: number): SystemCallProgress {
  const connected = row.talkingMs !== null;
  return {
    callSerialNo: row.callSerialNo,
    callId: row.callId ?? '',
    state: 3,
    reasonCode: stoppedReason(connected),
    startMs: row.startMs,
    agentAlertingMs: row.agentAlertingMs,
    agentTalkingMs: row.agentTalkingMs,
    agentReleaseMs: row.agentAlertingMs === null ? null : nowMs,
    alertingMs: row.alertingMs,
    talkingMs: row.talkingMs,
    releaseMs: row.alertingMs === null && row.talkingMs === null ? null : nowMs,
    endMs: nowMs,
    recording: null,
  };
}

/**
 * Calls made for customer systems that an earlier run left unfinished (a crash: a clean stop ends
 * them) end at start-up as stopped by the platform, and their release callbacks are queued (an
 * ITA call's CDR pushed), so
 * that queryCallState never reports a call that no engine is making (decision 0430).
 * With `scope`, only that VDN's calls end, each in a fenced transaction: the takeover of a VDN in
 * cluster mode (decision 1730), where a node that lost the lease meanwhile ends nothing.
 */
export async function recoverInterruptedSystemCalls(deps: SystemCallDeps, scope?: VdnScope): Promise<number> {
  const rows = await deps.repos.systemCalls.unfinished(scope?.vdnId);
  const now = deps.clock.now();
  const write = recoveryWrite(scope, (work) => work(deps.repos));
  for (const row of rows) {
    const progress = stoppedProgress(row, now);
    await write((repos) => repos.systemCalls.update(row.vdnId, row.callSerialNo, { state: 3, reasonCode: progress.reasonCode, endMs: now, agentReleaseMs: progress.agentReleaseMs, releaseMs: progress.releaseMs }));
    const notification = row.taskType === '3';
    if (row.taskType === '4') {
      // An ITA call: the simulated ITA reports its end with a CDR, not the AICC's callback (decision 0431).
      const { ita, tenantSpaceId } = await systemCallSettings(deps.repos, row.vdnId, 'bidirectionalCall');
      if (ita) await finishItaCall(deps, ita, row, tenantSpaceId, progress);
      continue;
    }
    const settings = await systemCallSettings(deps.repos, row.vdnId, notification ? 'voiceNotification' : 'bidirectionalCall');
    const body = notification ? notificationReleaseBody(row, progress) : releaseEventBody(row, progress);
    await queueReleaseCallback(deps, notification ? 'voice-notification-release' : 'bidirectional-release', row, settings.hangupCallbackUrl, settings.appSecret, body);
  }
  return rows.length;
}
