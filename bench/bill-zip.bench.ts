// Benchmark: the queryBillData package (13.2.1.2) of a simulated 100-agent day, about 17,000 calls
// (three CDR legs and one recording each), written as a streamed ZIP of CSVs. Reports the wall
// time, the ZIP size and the peak RSS and heap during generation, which must stay flat however
// many rows the day has (issue 10 Performance). Run: npx tsx bench/bill-zip.bench.ts [calls].
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LocalRecordingStore } from '../src/media/recordings/index.ts';
import { writePackage } from '../src/services/ccfs/package-writer.ts';
import { cdrCsvColumns, recordingCsvColumns } from '../src/services/ccfs/export-columns.ts';
import { createRepositories, openStore } from '../src/store/index.ts';

const calls = Number(process.argv[2] ?? 17_000);
const dayStartMs = Date.UTC(2026, 0, 5);
const store = await openStore({ url: 'sqlite::memory:' });
const repos = createRepositories(store.db);

// A day of calls: queue leg, agent leg (100 agents), and a closing row; one recording per call.
const cdrs = [];
const recordings = [];
for (let i = 0; i < calls; i++) {
  const at = dayStartMs + Math.floor((i / calls) * 86_000_000);
  const callId = `${Math.floor(at / 1000)}-${i + 1}`;
  const agentId = String(101 + (i % 100));
  const base = { vdnId: 1, callId, status: 'closed', callerNo: `1380000${String(i).padStart(4, '0')}`, calleeNo: '4001', callType: 0, mediaType: 5, serviceNo: '', subMediaType: null, releaseCause: null };
  cdrs.push({ ...base, id: `${i}-q`, callIdNum: 1, agentId: '', waitBeginMs: at, waitEndMs: at + 8_000, ackBeginMs: null, ackEndMs: null, callBeginMs: null, callEndMs: null, deviceType: 1, deviceNo: 1, preDeviceType: null, preDeviceNo: null, skillId: 1, currentSkillId: 1, deviceIn: 'DEVICE_QUEUE', preDeviceIn: '', leaveReason: 0, openedAtMs: at, closedAtMs: at + 8_000 });
  cdrs.push({ ...base, id: `${i}-a`, callIdNum: -1, agentId, waitBeginMs: null, waitEndMs: null, ackBeginMs: at + 8_000, ackEndMs: at + 10_000, callBeginMs: at + 10_000, callEndMs: at + 250_000, deviceType: 2, deviceNo: Number(agentId), preDeviceType: 1, preDeviceNo: 1, skillId: 1, currentSkillId: 1, deviceIn: 'DEVICE_AGENT', preDeviceIn: 'DEVICE_QUEUE', leaveReason: 15, releaseCause: 531, openedAtMs: at + 8_000, closedAtMs: at + 250_000 });
  const hhmmss = new Date(at).toISOString().slice(11, 19).replaceAll(':', '');
  recordings.push({ recordId: `Yc1v1a${agentId}d20260105t${hhmmss}${i % 10}-${i}`, vdnId: 1, taskId: String(5000 + i), agentId, callId, callerNumber: base.callerNo, calleeNo: '4001', beginMs: at + 10_000, endMs: at + 250_000, fileName: `Y:/1/0/20260105/${agentId}/${hhmmss}${i % 10}.V3`, locationId: '0', callType: 0, mediaType: 5, userWantedSkillId: 1, currentSkillId: 1, status: 'done' });
}
await repos.ctiRecords.insertCdrs(cdrs);
await repos.ctiRecords.insertRecordings(recordings);
cdrs.length = 0;
recordings.length = 0;
global.gc?.();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-bench-'));
const files = new LocalRecordingStore(dir);
const filter = { vdnId: 1, fromMs: dayStartMs, toMs: dayStartMs + 86_400_000 };
const ctx = { developer: 'demo-ak', accountId: '1' };
let peakRss = 0;
let peakHeap = 0;
const rssBefore = process.memoryUsage().rss;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 5);
const started = performance.now();
const result = await writePackage({ store: files, key: 'ccfs/bill/1/20260105_bench.zip', atMs: dayStartMs, nameDigits: '123', rowsPerFileMax: 100_000, pageRows: 1_000 }, [
  { kind: 'call', page: (after, n) => repos.ccfsExport.cdrPage(filter, after, n), cursorOf: (r) => ({ atMs: r.closedAtMs ?? 0, id: r.id }), columns: (r) => cdrCsvColumns(r, ctx) },
  { kind: 'record', page: (after, n) => repos.ccfsExport.recordingPage(filter, after, n), cursorOf: (r) => ({ atMs: r.endMs ?? 0, id: r.recordId }), columns: (r) => recordingCsvColumns(r, ctx) },
]);
const wallMs = performance.now() - started;
clearInterval(sampler);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
process.stdout.write(
  `bill ZIP of ${calls} calls: ${result.rows.call} CDR rows, ${result.rows.record} recordings in ${wallMs.toFixed(0)} ms; ` +
    `ZIP ${mb(result.sizeBytes)}; peak RSS ${mb(peakRss)} (before ${mb(rssBefore)}), peak heap ${mb(peakHeap)}\n`,
);
fs.rmSync(dir, { recursive: true, force: true });
await store.close();
