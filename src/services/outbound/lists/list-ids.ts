import type { SnowflakeIds } from '../../../domain/ids/index.ts';
import type { Repositories } from '../../../store/index.ts';

/**
 * The 30-digit identifiers of file servers, import tasks and log rows ("164690088271159234793429225848",
 * ref L28803): the creation time in epoch milliseconds, then the 17 low digits of a snowflake id,
 * unique within the node (note 04 §3.6).
 */
export function longListId(nowMs: number, ids: SnowflakeIds): string {
  return `${String(nowMs).padStart(13, '0')}${ids.next().slice(-17)}`;
}

/** The 10-digit identifiers of external results and their mappings ("1645244637", ref L29074): a durable counter. */
export async function shortListId(repos: Repositories, scope: 'isalesDefId' | 'isalesMapId' | 'isalesBusiCode' | 'isalesResultCode'): Promise<string> {
  return String(await repos.idCounters.next(scope, 1_000_000_001));
}
