import { formatIsalesDateTime } from '../../../domain/outbound/index.ts';
import { isalesResultPushKind } from '../../../events/index.ts';
import type { IsalesCallAttemptRow, IsalesCallDataRow } from '../../../store/index.ts';
import type { OutboundDeps } from '../campaigns/outbound-deps.ts';

/** CEC §7.6.1 (ref L28114–28118): at most six pushes of a result, ten minutes apart (note 04 §5.14). */
export const resultPushPolicy = { attemptsMax: 6, retryDelayMs: 600_000 };

/** One entry of the pushed array (Table 7-293, example ref L28214–28227). */
export function pushedResult(vdnId: number, attempt: IsalesCallAttemptRow, record: Pick<IsalesCallDataRow, 'sessionId' | 'customField'>): Record<string, unknown> {
  return {
    campaignId: String(attempt.campaignId),
    sessionId: record.sessionId ?? '',
    called: attempt.called,
    callTimeStr: formatIsalesDateTime(Number(attempt.startedAtMs)),
    callStatus: attempt.callStatus,
    failCode: attempt.failCode,
    vdnId,
    callId: attempt.callId ?? '',
    customField: record.customField ?? '',
    recordPath: attempt.recordPath ?? '',
  };
}

/**
 * Queues the push of one finished attempt to the campaign's callbackUrl through the durable
 * outbox: the body is a bare JSON array (ref L28136), written before anything is sent, so a
 * restart never loses it (one push per attempt result, decision 0704).
 */
export async function queueResultPush(deps: Pick<OutboundDeps, 'callbacks'>, url: string, vdnId: number, results: Record<string, unknown>[]): Promise<void> {
  // A campaign always has a callbackUrl through the interfaces; only the simulator's have none (nobody listens).
  if (results.length === 0 || url === '') return;
  await deps.callbacks.enqueue({ vdnId, kind: isalesResultPushKind, url, body: results, maxAttempts: resultPushPolicy.attemptsMax, retryDelayMs: resultPushPolicy.retryDelayMs });
}
