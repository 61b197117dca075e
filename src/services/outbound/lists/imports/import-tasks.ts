import type { FastifyBaseLogger } from 'fastify';
import type { SecretSource } from '../../../../auth/index.ts';
import type { SnowflakeIds } from '../../../../domain/ids/index.ts';
import { mandatoryColumn, templateField, templateValues, type TemplateKind } from '../../../../domain/outbound/lists/import-templates.ts';
import { isalesIsoTime } from '../../../../domain/outbound/lists/isales-time.ts';
import type { Clock } from '../../../../domain/time/index.ts';
import type { IsalesImportTaskRow, Repositories } from '../../../../store/index.ts';
import { longListId } from '../list-ids.ts';
import { openPassword } from '../password-seal.ts';
import { importBlacklistRows } from './blacklist-import.ts';
import { importCallDataRows } from './call-data-import.ts';
import type { CallDataImportTarget } from './call-data-target.ts';
import { readFileTable } from './file-rows.ts';
import { fetchImportFile, ImportFileError } from './file-source.ts';
import { ImportReport, type NumberedRow } from './import-report.ts';
import type { VdnPlacement } from '../../../vdn-placement.ts';

export interface ImportDeps {
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly ids: SnowflakeIds;
  readonly secrets: SecretSource;
  readonly background: { track<T>(work: Promise<T>): Promise<T> };
  readonly log: FastifyBaseLogger;
  readonly settings: { readonly dataDir: string };
  readonly outboundCallData: CallDataImportTarget;
  /** Cluster mode: a VDN's imports run on its owner (decision 1730); absent, here. */
  readonly placement?: VdnPlacement;
}

/** CEC §7.3.5/§7.4.8: "A maximum of 500,000 records can be imported using a file at a time." */
export const importRowsMax = 500_000;
/** Rows checked and written together; the task's counters are saved after each chunk (progress). */
const chunkRows = 500;
const sftpConnectTimeoutMs = 10_000;

export interface ImportRequest {
  vdnId: number;
  kind: TemplateKind;
  /** '' for the blacklist. */
  campaignId: string;
  serverId: string;
  filePath: string;
  fileName: string;
  /** hour 0–23 and minute of a scheduled import (7.3.5 Table 7-206), in UTC. */
  schedule?: { hour: number; minute: number };
}

/** The next instant at hh:mm (UTC) not before `nowMs`. */
export function nextScheduledAt(nowMs: number, hour: number, minute: number): number {
  const day = Math.floor(nowMs / 86_400_000) * 86_400_000;
  const at = day + hour * 3_600_000 + minute * 60_000;
  return at >= nowMs ? at : at + 86_400_000;
}

/**
 * Accepts an import: records the task (status 0, preparing) and runs it now or at its scheduled
 * time. The reply carries only the task id (7.3.5 Table 7-207); 7.3.6/7.4.9 report the outcome.
 */
export async function startImport(deps: ImportDeps, request: ImportRequest): Promise<string> {
  // The owner runs the VDN's imports, so that a takeover fails or re-arms exactly the dead owner's (decision 1730).
  await deps.placement?.serveHere(request.vdnId);
  const now = deps.clock.now();
  const id = longListId(now, deps.ids);
  const task = {
    id,
    vdnId: request.vdnId,
    kind: request.kind,
    campaignId: request.campaignId,
    serverId: request.serverId,
    filePath: request.filePath,
    fileName: request.fileName,
    status: '0',
    createdAtMs: now,
    startAtMs: request.schedule ? nextScheduledAt(now, request.schedule.hour, request.schedule.minute) : now,
    beginMs: null,
    endMs: null,
    succNum: 0,
    repeatNum: 0,
    failNum: 0,
    errMsg: '',
    rowErrors: '[]',
  };
  await deps.repos.isalesImports.insertTask(task);
  arm(deps, task);
  return id;
}

/**
 * At start-up: a task that was importing when the server stopped is failed, visibly (its rows so
 * far are kept; re-running would count them twice); one still preparing runs when due (decision 0734).
 * In cluster mode the node that takes a VDN's lease does this for that VDN (`vdnId`, decision 1730).
 */
export async function resumeImports(deps: ImportDeps, vdnId?: number): Promise<number> {
  const tasks = await deps.repos.isalesImports.unfinishedTasks(vdnId);
  for (const task of tasks) {
    if (task.status === '1') {
      await deps.repos.isalesImports.updateTask(task.id, { status: '3', endMs: deps.clock.now(), errMsg: `The import was interrupted by a server restart after ${task.succNum + task.repeatNum + task.failNum} rows; the rows imported before it are kept.` });
    } else {
      arm(deps, task);
    }
  }
  return tasks.length;
}

function arm(deps: ImportDeps, task: Pick<IsalesImportTaskRow, 'id' | 'startAtMs'>): void {
  const run = () => void deps.background.track(runImport(deps, task.id));
  if (task.startAtMs <= deps.clock.now()) run();
  else deps.clock.schedule(task.startAtMs, run);
}

async function runImport(deps: ImportDeps, id: string): Promise<void> {
  const task = await deps.repos.isalesImports.task(id);
  if (!task || task.status !== '0') return;
  // A timer armed before this node lost the VDN leaves the task to the new owner, and of two runs
  // armed for one task (its owner's and a resumption's) only the one that claims it imports. The
  // run belongs to this tenure: a node that lost the VDN and took it back failed the task meanwhile.
  const tenureNow = () => (deps.placement ? deps.placement.tenure(task.vdnId) : 0n);
  const tenure = tenureNow();
  const owned = () => tenure !== undefined && tenureNow() === tenure;
  if (!owned() || !(await deps.repos.isalesImports.claimTask(id, deps.clock.now()))) return;
  const report = new ImportReport();
  try {
    const rows = await readRows(deps, task);
    const write = await chunkWriter(deps, task);
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i += chunkRows) {
      // The VDN moved: its new owner fails the interrupted task (resumeImports); this run stops within a chunk.
      if (!owned()) return;
      await write(rows.slice(i, i + chunkRows), seen, report);
      await deps.repos.isalesImports.updateTask(id, report.counters());
    }
    if (!owned()) return;
    await deps.repos.isalesImports.updateTask(id, { ...report.counters(), status: '2', endMs: deps.clock.now() });
  } catch (error) {
    if (!(error instanceof ImportFileError)) deps.log.error({ err: error, importTaskId: id }, 'an iSales import failed');
    const reason = error instanceof ImportFileError ? error.message : 'The import failed because of an internal error.';
    if (owned()) await deps.repos.isalesImports.updateTask(id, { ...report.counters(), status: '3', endMs: deps.clock.now(), errMsg: reason });
  }
}

async function readRows(deps: ImportDeps, task: IsalesImportTaskRow): Promise<NumberedRow[]> {
  const server = await deps.repos.isalesImports.server(task.vdnId, task.serverId);
  if (!server) throw new ImportFileError('The server configuration does not exist.');
  const bytes = await fetchImportFile({
    server,
    password: () => openPassword(deps.repos, deps.secrets, task.vdnId, server.passwordCipher),
    filePath: task.filePath,
    fileName: task.fileName,
    dataDir: deps.settings.dataDir,
    connectTimeoutMs: sftpConnectTimeoutMs,
  });
  const kind = task.kind as TemplateKind;
  const table = await readFileTable(task.fileName, bytes, importRowsMax);
  if (!table.headers.some((h) => templateField(kind, h) === mandatoryColumn(kind))) {
    throw new ImportFileError(`The file does not follow the ${kind === 'blacklist' ? 'blacklist' : 'outbound call data'} template: the mandatory column is missing.`);
  }
  return table.rows.map((cells, i) => ({ row: i + 2, values: templateValues(kind, table.headers, cells) }));
}

type ChunkWriter = (rows: NumberedRow[], seen: Set<string>, report: ImportReport) => Promise<void>;

/** How a task's rows are written: into the blacklist, or through the campaigns' call-data service. */
async function chunkWriter(deps: ImportDeps, task: IsalesImportTaskRow): Promise<ChunkWriter> {
  if (task.kind === 'blacklist') return (rows, seen, report) => importBlacklistRows(deps.repos, task.vdnId, rows, seen, report, deps.clock.now());
  const session = await deps.outboundCallData.beginImport(task.vdnId, task.campaignId);
  return (rows, seen, report) => importCallDataRows(session, deps.repos, task, rows, seen, report, deps.clock.now());
}

/** Table 7-213 DataImportTask. */
export function importTaskView(task: IsalesImportTaskRow): Record<string, unknown> {
  const iso = (ms: number | null) => (ms === null ? null : isalesIsoTime(ms));
  return { succNum: task.succNum, failNum: task.failNum, errMsg: task.errMsg, id: task.id, beginTime: iso(task.beginMs), endTime: iso(task.endMs), repeatNum: task.repeatNum, status: task.status };
}
