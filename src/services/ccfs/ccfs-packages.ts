import type { FastifyBaseLogger } from 'fastify';
import type { SecretSource } from '../../auth/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { CallbackOutbox } from '../../events/index.ts';
import type { RecordingStore } from '../../media/recordings/index.ts';
import type { AgentOperationRow, CcfsFileJobRow, CdrRow, ExportFilter, RecordingRow, Repositories } from '../../store/index.ts';
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
  // CEC §13.2.1.2 Table 13-59 (ref L67403): responseId is 32 lowercase hex; the file `yyyyMMdd_{responseId}.zip`.
  const responseId = deps.secrets.hex(16).toLowerCase();
  const now = deps.clock.now();
  const fileName = `${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}_${responseId}.zip`;
  const job = { responseId, vdnId: request.filter.vdnId, kind: request.kind, fileName, params: JSON.stringify(request), status: 'pending', createdAtMs: now, doneAtMs: null };
  await deps.repos.ccfsJobs.insert(job);
  void deps.background.track(runPackage(deps, limits, job));
  return { responseId, fileName };
}

/** Finishes the jobs an earlier run accepted but did not complete (started at boot). */
export async function resumePackages(deps: PackageDeps, limits: PackageLimits): Promise<number> {
  const pending = await deps.repos.ccfsJobs.pending();
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
    await deps.repos.ccfsJobs.finish(job.responseId, 'ready', deps.clock.now());
  } catch (error) {
    deps.log.error({ err: error, responseId: job.responseId }, 'generating a CC-FS package failed');
    await deps.repos.ccfsJobs.finish(job.responseId, 'failed', deps.clock.now());
    return;
  }
  const fileField = request.kind === 'bill' ? 'billFileName' : 'agentOprInfoFileName';
  await deps.callbacks.enqueue({
    vdnId: job.vdnId,
    kind: `ccfs-${request.kind}`,
    url: request.callbackUrl,
    body: { request: { version: '2.0' }, msgBody: { responseId: job.responseId, [fileField]: job.fileName, ...(request.accountId !== undefined ? { accountId: request.accountId } : {}) } },
    maxAttempts: limits.callbackAttemptsMax,
  });
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
