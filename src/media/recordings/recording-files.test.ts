// Goal: every recorded talk segment leaves a playable 8 kHz A-law stereo WAV of its real length and
// a transcript sidecar, named after the CTI path, deterministic per seed and different per call.
// Method: a test server on a virtual clock; the simulator's customer calls agent 101, talks for a
// known time and hangs up; the files are read back from the store and parsed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { parseWav } from '../wav-decode.ts';
import { LocalRecordingStore } from './recording-store.ts';
import { RecordingFiles, audioKey, transcriptKey, type FinishedRecording } from './recording-files.ts';
import { parseCcfsRecordingPath, parseCtiRecordingPath, ccfsRecordingName } from './recording-paths.ts';
import { planDialogue, genericDialogue } from './dialogue-script.ts';
import { createRng } from '../../domain/time/index.ts';
import { toneAmplitude, rms } from '../tone.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

async function readAll(store: LocalRecordingStore | TestApp['services']['files'], key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.read(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function recordedCall(talkMs: number): Promise<{ callId: string; row: Awaited<ReturnType<TestApp['services']['repos']['ctiRecords']['recordingsOfCall']>>[number] }> {
  const agent = await GatewayAgent.signIn(app, 101);
  const callId = await dial(app, '4001');
  await agent.events();
  await advance(app, talkMs);
  await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  await app.services.settle();
  const [row] = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
  return { callId, row: row! };
}

describe('recording files', () => {
  it('a finished call leaves a 2-channel 8 kHz A-law WAV of the segment length and its transcript', async () => {
    const { callId, row } = await recordedCall(42_000);
    expect(row.status).toBe('done');
    const durationMs = row.endMs! - row.beginMs;
    expect(durationMs).toBeGreaterThanOrEqual(42_000);
    const key = audioKey({ ...row, vdnId: 1 });
    expect(key).toMatch(/^record\/1\/0\/20260105\/101\/\d{7}\.wav$/);
    const bytes = await readAll(app.services.files, key);
    const parsed = parseWav(new Uint8Array(bytes));
    if (!parsed.ok || parsed.wav.kind !== 'pcm') throw new Error('not a WAV');
    const wav = parsed.wav;
    expect(wav.encoding).toBe('alaw');
    expect(wav.sampleRate).toBe(8000);
    expect(wav.channelCount).toBe(2);
    expect(wav.frameCount).toBe(Math.round(durationMs * 8));

    const transcript = JSON.parse((await readAll(app.services.files, transcriptKey({ ...row, vdnId: 1 }))).toString('utf8'));
    expect(transcript).toMatchObject({ recordId: row.recordId, callId, agentId: '101', durationMs, script: 'generic', audio: { encoding: 'alaw', sampleRate: 8000, channels: ['customer', 'agent'] } });
    expect(transcript.utterances[0]).toMatchObject({ speaker: 'agent', text: 'Thank you for calling, my name is 101. How can I help you today?' });
    for (const u of transcript.utterances) expect(u.endMs).toBeLessThanOrEqual(durationMs);
  });

  it('puts each party on its own channel exactly where the transcript says it speaks', async () => {
    const { row } = await recordedCall(20_000);
    const files = app.services.cti.recordingFiles;
    const recording: FinishedRecording = { ...row, vdnId: 1, endMs: row.endMs! };
    const transcript = files.transcript(recording);
    const parsed = parseWav(new Uint8Array(await readAll(app.services.files, audioKey(recording))));
    if (!parsed.ok || parsed.wav.kind !== 'pcm') throw new Error('not a WAV');
    const { readWavFrames } = await import('../wav-decode.ts');
    const [customer, agent] = readWavFrames(parsed.wav, 0, parsed.wav.frameCount);
    const first = transcript.utterances[0]!;
    const slice = (ch: Float32Array, fromMs: number, toMs: number) => ch.subarray(Math.round(fromMs * 8), Math.round(toMs * 8));
    // The agent greets: signal on the agent channel, silence on the customer's.
    expect(rms(slice(agent!, first.beginMs, first.endMs))).toBeGreaterThan(0.02);
    expect(rms(slice(customer!, first.beginMs, first.endMs))).toBeLessThan(0.001);
    expect(rms(slice(customer!, 0, first.beginMs))).toBeLessThan(0.001);
    expect(toneAmplitude(slice(customer!, 0, first.beginMs), 8000, 200)).toBeLessThan(0.001);
  });

  it('is deterministic from the seed and the recording, and differs between calls', async () => {
    const store = new LocalRecordingStore(`${app.services.settings.dataDir}/other`);
    const make = (seed: number) => new RecordingFiles({ store, seed, mode: 'lazy', onError: () => {} });
    const base: FinishedRecording = { recordId: 'Yc1v1a101d20260105t0800001', vdnId: 1, callId: '1767600000-1', fileName: 'Y:/1/0/20260105/101/0800001.V3', agentId: '101', callerNumber: '138', calleeNo: '4001', beginMs: 0, endMs: 5_000 };
    const a = await make(7).ensure(base);
    const bytesA = await readAll(store, a.key);
    await store.remove(a.key);
    const again = await make(7).ensure(base);
    expect((await readAll(store, again.key)).equals(bytesA)).toBe(true);
    const other = await make(7).ensure({ ...base, recordId: 'Yc1v1a101d20260105t0800002', fileName: 'Y:/1/0/20260105/101/0800002.V3' });
    expect((await readAll(store, other.key)).equals(bytesA)).toBe(false);
    expect(a.file.sizeBytes).toBe(bytesA.length);
  });

  it('lays a script over any segment length: cut short, or continued past its end', () => {
    const short = planDialogue(genericDialogue, 3_000, createRng(1), {});
    expect(short.at(-1)).toMatchObject({ endMs: 3_000, truncated: true });
    const long = planDialogue(genericDialogue, 600_000, createRng(1), {});
    expect(long.length).toBeGreaterThan(genericDialogue.lines.length);
    expect(long.every((u, i) => i === 0 || u.beginMs > long[i - 1]!.endMs)).toBe(true);
  });

  it('maps the CTI path to the CC-FS relative name and back', () => {
    const cti = parseCtiRecordingPath('Y:\\1\\0\\20260105\\101\\0800001.V3')!;
    expect(cti).toEqual({ vdnId: 1, direction: '0', date: '20260105', agentId: '101', stem: '0800001' });
    const name = ccfsRecordingName(cti);
    expect(name).toBe('/1/1/record/1/20260105/101/0800001.wav');
    expect(parseCcfsRecordingPath(name)).toEqual(cti);
    expect(parseCcfsRecordingPath('/10/1/record/100/13533/0903379.wav')).toMatchObject({ vdnId: 100, date: '', agentId: '13533', stem: '0903379' });
    expect(parseCcfsRecordingPath('/10/1/record/app1/100/20260105/15362/autoTest.wav')).toMatchObject({ vdnId: 100, date: '20260105', agentId: '15362' });
    expect(parseCcfsRecordingPath('/10/1/record/../../etc/passwd')).toBeUndefined();
  });
});
