import { expect } from 'vitest';
import type { TestCluster } from '../support/cluster.ts';

/**
 * The record invariants of cluster mode, read from the shared store: every given call that ended
 * has exactly one final CDR row (call_id_num −1) and no leg left open; no CDR leg id appears twice.
 */
export async function expectEachCallRecordedOnce(cluster: TestCluster, callIds: readonly string[]): Promise<void> {
  const rows = await cluster.query<{ call_id: string; finals: string; open: string }>(
    `select call_id, count(*) filter (where call_id_num = -1) as finals, count(*) filter (where status = 'open') as open
       from cdr where call_id = any($1) group by call_id`,
    [callIds],
  );
  const byCall = new Map(rows.map((row) => [row.call_id, row]));
  for (const callId of callIds) {
    const row = byCall.get(callId);
    expect(row, `CDR of call ${callId}`).toBeDefined();
    expect(Number(row!.finals), `final CDR rows of call ${callId}`).toBe(1);
    expect(Number(row!.open), `open CDR legs of call ${callId}`).toBe(0);
  }
  const duplicates = await cluster.query('select id from cdr group by id having count(*) > 1');
  expect(duplicates).toEqual([]);
}

/** Every agent is signed in at most once across the cluster's live sessions. */
export async function expectNoAgentTwice(cluster: TestCluster): Promise<void> {
  const twice = await cluster.query('select vdn_id, work_no from agent_session group by vdn_id, work_no having count(*) > 1');
  expect(twice).toEqual([]);
}
