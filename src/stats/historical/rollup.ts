import { callContributions, callFacts, missedCallOf, operationContributions, settlementOf, type Contribution, type LegFact, type OperationFact, type SettlementEntry } from '../../domain/indicators/index.ts';
import type { MissedCallRow, Repositories, RollupLeg } from '../../store/index.ts';
import { measureRows, scopeColumns } from './measure-rows.ts';
import { withWrapUpDirections } from './wrap-up-direction.ts';
import { settlementMerges, settlementRows } from './settlement-rows.ts';

/**
 * Maintains the indicator roll-up as records are written (decision 0813): the record writer calls
 * `rollUpWritten` inside the transaction that writes a batch, so buckets and raw records commit
 * together, on SQLite and PostgreSQL alike. A finished call (its last CDR row written) is read
 * whole from the store in that transaction; an agent operation row is complete by itself.
 */
export interface WrittenRecords {
  finishedCalls: { vdnId: number; callId: string }[];
  operations: (OperationFact & { vdnId: number })[];
}

/** Calls read per query: well under both dialects' bound-parameter limits. */
const callsPerRead = 200;

/** Upserts the rows of a batch's contributions, scope by scope. */
async function upsertContributions(repos: Repositories, vdnId: number, contributions: readonly Contribution[]): Promise<void> {
  for (const [scope, rows] of measureRows(vdnId, contributions)) await repos.statRollup.upsertRows(scope, rows, scopeColumns[scope]);
}

const byCall = (legs: readonly RollupLeg[]): Map<string, LegFact[]> => {
  const out = new Map<string, LegFact[]>();
  for (const leg of legs) {
    const list = out.get(leg.callId);
    if (list) list.push(leg);
    else out.set(leg.callId, [leg]);
  }
  return out;
};

/**
 * Contributions of finished calls from their legs; their missed calls and daily settlement
 * (decision 0830) are written on the way.
 */
async function summariseLegs(repos: Repositories, vdnId: number, legs: ReadonlyMap<string, LegFact[]>): Promise<Contribution[]> {
  const out: Contribution[] = [];
  const missed: MissedCallRow[] = [];
  const settled: SettlementEntry[] = [];
  for (const [callId, rows] of legs) {
    const facts = callFacts(callId, rows);
    if (!facts) continue;
    out.push(...callContributions(facts));
    const m = missedCallOf(facts);
    if (m) missed.push({ vdnId, ...m });
    const s = settlementOf(facts, rows);
    if (s) settled.push(s);
  }
  await repos.statRollup.insertMissedCalls(missed);
  await repos.settlement.upsert(settlementRows(vdnId, settled), settlementMerges);
  return out;
}

/** Contributions of the given finished calls, their legs read in the batch's transaction. */
async function summariseCalls(repos: Repositories, vdnId: number, callIds: readonly string[]): Promise<Contribution[]> {
  const out: Contribution[] = [];
  for (let i = 0; i < callIds.length; i += callsPerRead) out.push(...(await summariseLegs(repos, vdnId, byCall(await repos.ctiRecords.cdrsOfCalls(vdnId, callIds.slice(i, i + callsPerRead))))));
  return out;
}

/** Adds what a written batch contributes; runs in the batch's transaction. */
export async function rollUpWritten(repos: Repositories, written: WrittenRecords): Promise<void> {
  const vdns = new Set([...written.finishedCalls.map((c) => c.vdnId), ...written.operations.map((o) => o.vdnId)]);
  for (const vdnId of vdns) {
    const callIds = [...new Set(written.finishedCalls.filter((c) => c.vdnId === vdnId).map((c) => c.callId))];
    const ops = written.operations.filter((o) => o.vdnId === vdnId);
    const contributions = await summariseCalls(repos, vdnId, callIds);
    for (const op of await withWrapUpDirections(repos, vdnId, ops)) contributions.push(...operationContributions(op));
    await upsertContributions(repos, vdnId, contributions);
    await repos.statRollup.addToState(vdnId, callIds.length, ops.length);
  }
}

/** Recomputes a tenant's roll-up from its raw records, page by page. */
export async function rebuildRollup(repos: Repositories, vdnId: number, pageSize = 1_000): Promise<{ calls: number; operations: number }> {
  await repos.statRollup.clear(vdnId);
  await repos.settlement.clear(vdnId);
  let calls = 0;
  for (let after = ''; ; ) {
    const ids = await repos.ctiRecords.finishedCallIds(vdnId, after, pageSize);
    if (ids.length === 0) break;
    await upsertContributions(repos, vdnId, await summariseCalls(repos, vdnId, ids));
    calls += ids.length;
    after = ids.at(-1)!;
  }
  let operations = 0;
  for (let after = ''; ; ) {
    const ops = await repos.ctiRecords.operationsAfter(vdnId, after, pageSize);
    if (ops.length === 0) break;
    await upsertContributions(repos, vdnId, (await withWrapUpDirections(repos, vdnId, ops)).flatMap((op) => operationContributions(op)));
    operations += ops.length;
    after = ops.at(-1)!.id;
  }
  await repos.statRollup.addToState(vdnId, calls, operations);
  return { calls, operations };
}

/**
 * At start-up: a tenant whose roll-up does not hold exactly its finished calls and operations
 * (lost, never built, or calls closed by crash recovery behind the writer's back) is rebuilt,
 * each tenant in one transaction. Returns the tenants rebuilt.
 */
export async function ensureRollupCurrent(repos: Repositories, inTransaction: <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>): Promise<number[]> {
  const rebuilt: number[] = [];
  for (const vdnId of await repos.ctiRecords.tenantsWithRecords()) {
    const state = await repos.statRollup.state(vdnId);
    const { finishedCalls } = await repos.ctiRecords.cdrCompleteness(vdnId);
    const operations = await repos.ctiRecords.operationCount(vdnId);
    if (state && state.calls === finishedCalls && state.operations === operations) continue;
    await inTransaction((trx) => rebuildRollup(trx, vdnId));
    rebuilt.push(vdnId);
  }
  return rebuilt;
}
