import type { FastifyBaseLogger } from 'fastify';
import type { SecretSource } from '../../auth/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { CallbackOutbox } from '../../events/index.ts';
import type { RecordingStore } from '../../media/recordings/index.ts';
import type { AgentOperationRow, CcfsFileJobRow, CdrRow, ExportFilter, RecordingRow, Repositories } from '../../store/index.ts';
import type { VdnPlacement } from '../vdn-placement.ts';
import { cdrCsvColumns, operationCsvColumns, recordingCsvColumns, type ExportContext } from './export-columns.ts';
import { writePackage, type PackagePart } from './package-writer.ts';

export interface PackageDeps {
  repos: Repositories;
  clock: Clock;
  secrets: SecretSource;
  files: RecordingStore;
  callbacks: CallbackOutbox;
  background: { track<T>(work: Promise<T>): Promise<T> };
  log: FastifyBaseLogger;
  /** Cluster mode: a package is made by its VDN's owner (decision 1730); absent, here. */
  placement?: VdnPlacement;
}

export interface PackageLimits {
  rowsPerFileMax: number;
  pageRows: number;
  callbackAttemptsMax: number;
}

/** What queryBillData (13.2.1.2) or queryAgentOprInfoData (13.2.1.6) asked for, once checked. */
export interface PackageRequest {
  kind: 'bill' | 'agentOpr';
  /** call, record or call_record (13.2.1.2 dataType); agentOpr packages hold agentOprInfo. */
  dataType: 'call' | 'record' | 'call_record' | 'agentOprInfo';
  developer: string;
  /** As the request sent it (the callback carries it only then, Table 13-59). */
  accountId: string | undefined;
  filter: ExportFilter;
  callbackUrl: string;
}

/** Where a package's ZIP is stored: under its tenant, so no key reaches another tenant's files. */
export function packageKey(job: Pick<CcfsFileJobRow, 'vdnId' | 'kind' | 'fileName'>): string {
  return `ccfs/${job.kind}/${job.vdnId}/${job.fileName}`;
}

/**
 * Accepts a package request: records the job, answers with its responseId and file name, and
 * generates the ZIP in the background, then queues the signed callback (13.2.1.2, ref L67265).
 */
export async function startPackage(deps: PackageDeps, limits: PackageLimits, request: PackageRequest): Promise<{ responseId: string; fileName: string }> {
  // The owner makes the VDN's packages, so that a takeover resumes exactly the dead owner's (decision 1730).
  await deps.placement?.serveHere(request.filter.vdnId);
  // CEC §13.2.1.2 Table 13-59 (ref L67403): responseId is 32 lowercase hex; the file `yyyyMMdd_{responseId}.zip`.
  const responseId = deps.secrets.hex(16).toLowerCase();
  const now = deps.clock.now();
  const fileName = `${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}_${responseId}.zip`;
  const job = { responseId, vdnId: request.filter.vdnId, kind: request.kind, fileName, params: JSON.stringify(request), status: 'pending', createdAtMs: now, doneAtMs: null };
  await deps.repos.ccfsJobs.insert(job);
  void deps.background.track(runPackage(deps, limits, job));
  return { responseId, fileName };
}

/**
 * Finishes the jobs an earlier run accepted but did not complete: at boot on a single node, and
 * for one VDN (`vdnId`) on the node that takes the VDN's lease (decision 1730).
 */
export async function resumePackages(deps: PackageDeps, limits: PackageLimits, vdnId?: number): Promise<number> {
  const pending = await deps.repos.ccfsJobs.pending(vdnId);
  for (const job of pending) void deps.background.track(runPackage(deps, limits, job));
  return pending.length;
}

async function runPackage(deps: PackageDeps, limits: PackageLimits, job: CcfsFileJobRow): Promise<void> {
  const request = JSON.parse(job.params) as PackageRequest;
  try {
    const ctx: ExportContext = { developer: request.developer, accountId: String(job.vdnId) };
    await writePackage(
      { store: deps.files, key: packageKey(job), atMs: job.createdAtMs, nameDigits: job.responseId.replace(/\D/g, '').padEnd(3, '0').slice(0, 3), rowsPerFileMax: limits.rowsPerFileMax, pageRows: limits.pageRows },
      partsOf(deps.repos, request, ctx),
    );
  } catch (error) {
    deps.log.error({ err: error, responseId: job.responseId }, 'generating a CC-FS package failed');
    await finishJob(deps, job, 'failed');
    return;
  }
  // Only the run that ends the job sends its callback: a stale owner's run, or a second run of
  // a resumed job, finds it ended (or its fence refused) and stays silent.
  if (!(await finishJob(deps, job, 'ready'))) return;
  const fileField = request.kind === 'bill' ? 'billFileName' : 'agentOprInfoFileName';
  await deps.callbacks.enqueue({
    vdnId: job.vdnId,
    kind: `ccfs-${request.kind}`,
    url: request.callbackUrl,
    body: { request: { version: '2.0' }, msgBody: { responseId: job.responseId, [fileField]: job.fileName, ...(request.accountId !== undefined ? { accountId: request.accountId } : {}) } },
    maxAttempts: limits.callbackAttemptsMax,
  });
}

/** Ends the job once, in a transaction that proves the VDN's fence (cluster mode); false when this run does not end it. */
async function finishJob(deps: PackageDeps, job: CcfsFileJobRow, status: 'ready' | 'failed'): Promise<boolean> {
  const finish = (repos: Repositories) => repos.ccfsJobs.finish(job.responseId, status, deps.clock.now());
  try {
    return await (deps.placement ? deps.placement.inVdnTransaction(job.vdnId, finish) : finish(deps.repos));
  } catch (error) {
    deps.log.warn({ err: error, responseId: job.responseId }, 'a CC-FS package run could not end its job (the VDN moved to another node?)');
    return false;
  }
}

function partsOf(repos: Repositories, request: PackageRequest, ctx: ExportContext): PackagePart<any>[] {
  const f = request.filter;
  const call: PackagePart<CdrRow> = { kind: 'call', page: (after, n) => repos.ccfsExport.cdrPage(f, after, n), cursorOf: (r) => ({ atMs: r.closedAtMs ?? 0, id: r.id }), columns: (r) => cdrCsvColumns(r, ctx) };
  const record: PackagePart<RecordingRow> = { kind: 'record', page: (after, n) => repos.ccfsExport.recordingPage(f, after, n), cursorOf: (r) => ({ atMs: r.endMs ?? 0, id: r.recordId }), columns: (r) => recordingCsvColumns(r, ctx) };
  const operations: PackagePart<AgentOperationRow> = { kind: 'agentOprInfo', page: (after, n) => repos.ccfsExport.operationPage(f, after, n), cursorOf: (r) => ({ atMs: r.endMs, id: r.id }), columns: (r) => operationCsvColumns(r, ctx) };
  switch (request.dataType) {
    case 'call':
      return [call];
    case 'record':
      return [record];
    case 'call_record':
      return [call, record];
    case 'agentOprInfo':
      return [operations];
  }
}
