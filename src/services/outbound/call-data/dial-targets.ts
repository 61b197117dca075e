import type { DialHistory, DialTarget } from '../../../domain/outbound/dialing/index.ts';
import type { CalledNumber } from '../../../domain/outbound/index.ts';
import type { IsalesCallDataRow } from '../../../store/index.ts';
import type { OutboundDeps } from '../campaigns/outbound-deps.ts';

/** Whether a number may not be called now (O2's blacklist, `isBlacklisted`); none by default. */
export type NumberBlockedCheck = (vdnId: number, number: string, nowMs: number) => Promise<boolean>;

export function recordNumbers(row: Pick<IsalesCallDataRow, 'numbers'>): CalledNumber[] {
  return JSON.parse(row.numbers) as CalledNumber[];
}

/** The dialer's view of a record: the next attempt number follows the last started one, so a restart never re-dials. */
export function dialTarget(row: IsalesCallDataRow): DialTarget {
  return {
    dataId: row.dataId,
    attemptNo: row.attempts + 1,
    sessionId: row.sessionId,
    numbers: recordNumbers(row).map((n) => ({ calledNo: n.calledNo, type: n.type, delayTime: n.delayTime })),
    caller: row.caller,
    callData: row.callData ?? '',
    customField: row.customField,
    notBeforeMs: row.nextAttemptAtMs === null ? null : Number(row.nextAttemptAtMs),
    history: row.dialHistory ? (JSON.parse(row.dialHistory) as DialHistory) : null,
    workNo: row.preferredWorkNo ? Number(row.preferredWorkNo) : null,
  };
}

/** A blacklisted number is looked at again an hour later (restricted entries lift by the hour; decision 0702). */
export const blockedNumberRecheckMs = 3_600_000;

/**
 * Picks up to `count` due records of a campaign and marks them `fed` (note 04 §5.12). A record
 * past its recycle time is cancelled rather than dialled; a record whose next number is
 * blacklisted is held back and looked at again later (the blacklist may lift).
 */
export async function takeDueTargets(deps: OutboundDeps, vdnId: number, campaignId: number, count: number, blocked: NumberBlockedCheck): Promise<DialTarget[]> {
  const now = deps.clock.now();
  const rows = await deps.repos.isalesCallData.due(vdnId, campaignId, now, count * 2);
  const targets: DialTarget[] = [];
  for (const row of rows) {
    if (targets.length >= count) break;
    if (row.recycleAtMs !== null && Number(row.recycleAtMs) <= now) {
      await deps.repos.isalesCallData.update(row.dataId, { state: 'cancelled', finishedAtMs: now });
      continue;
    }
    const numbers = recordNumbers(row);
    const next = numbers[row.numberIndex] ?? numbers[0];
    if (next && (await blocked(vdnId, next.calledNo, now))) {
      await deps.repos.isalesCallData.update(row.dataId, { state: 'waiting', nextAttemptAtMs: now + blockedNumberRecheckMs });
      continue;
    }
    await deps.repos.isalesCallData.update(row.dataId, { state: 'fed' });
    targets.push(dialTarget(row));
  }
  return targets;
}
