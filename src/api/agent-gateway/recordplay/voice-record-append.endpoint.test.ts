// Goal: §13.1.1.9 recordMode 1 ("to add", Table 13-28) appends the segment to the agent's last
// self-recording file: one file name, one WAV whose length is the sum of the segments, each segment
// with its own index row pointing at the first; recordMode 0 still starts a new file. The file is
// the same whether written when the segment stops (eager) or regenerated at first read (lazy),
// even when read between segments. Method: the demo tenant on a virtual clock, agent 101 over HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { parseWav } from '../../../media/wav-decode.ts';
import { audioKey } from '../../../media/recordings/index.ts';

let app: TestApp;
let agent: GatewayAgent;

afterEach(async () => {
  await app.close();
});

async function start(args: string[] = []): Promise<void> {
  app = await createTestApp({ args });
  agent = await GatewayAgent.signIn(app, 101);
}

/** One self-recording of `ms` on the Clock; its AgentMediaEvent_Record content. */
async function record(recordMode: number | undefined, ms: number): Promise<Record<string, string>> {
  const res = await agent.call('PUT', 'recordplay/{id}/record', { mediaType: 5, ...(recordMode === undefined ? {} : { recordMode }) });
  expect(res.body.retcode).toBe('0');
  const events = (await agent.events()) as Array<[string, Record<string, string>]>;
  const started = events.find(([type]) => type === 'AgentMediaEvent_Record')![1];
  await advance(app, ms);
  expect((await agent.call('DELETE', 'recordplay/{id}/stoprecord')).body.retcode).toBe('0');
  await agent.events();
  await advance(app, 1_000);
  return started;
}

/** The bytes stored for a CTI path (every segment's row names the same file). */
async function bytesOf(fileName: string): Promise<Buffer> {
  await app.services.settle();
  const [row] = await rows(fileName);
  const chunks: Buffer[] = [];
  for await (const c of app.services.files.read(audioKey({ ...row!, vdnId: 1 }))) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Frames of the WAV stored for a CTI path. */
async function framesOf(fileName: string): Promise<number> {
  const wav = parseWav(new Uint8Array(await bytesOf(fileName)));
  if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error('not a WAV');
  return wav.wav.frameCount;
}

const rows = (fileName: string) =>
  app.services.store.db.selectFrom('recording').selectAll().where('callType', '=', 8).where('fileName', '=', fileName).orderBy('beginMs').execute();

/** Plays the file on the agent's phone: it ends exactly at the file's real length. */
async function playsFor(fileName: string, ms: number): Promise<void> {
  expect((await agent.call('PUT', 'recordplay/{id}/play', { voicepath: fileName })).body.retcode).toBe('0');
  await agent.events();
  await advance(app, ms - 1);
  expect(await agent.eventTypes()).toEqual([]);
  await advance(app, 1);
  expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_StopPlayDone']);
}

describe('13.1.1.9 record, recordMode 1 (append)', () => {
  it('appends two segments into one file whose length is their sum; recordMode 0 starts a new file', async () => {
    await start();
    const first = await record(1, 12_000);
    const second = await record(1, 8_000);
    expect(second.fileName).toBe(first.fileName);
    const segments = await rows(first.fileName!);
    expect(segments.map((r) => [r.status, r.endMs! - r.beginMs, r.appendOf])).toEqual([
      ['done', 12_000, null],
      ['done', 8_000, segments[0]!.recordId],
    ]);
    expect(segments[1]!.recordId).not.toBe(segments[0]!.recordId);
    expect(await framesOf(first.fileName!)).toBe(20_000 * 8);
    await playsFor(first.fileName!, 20_000);

    const fresh = await record(0, 5_000);
    expect(fresh.fileName).not.toBe(first.fileName);
    expect((await rows(fresh.fileName!)).map((r) => r.appendOf)).toEqual([null]);
    expect(await framesOf(fresh.fileName!)).toBe(5_000 * 8);
    // A third segment with mode 1 goes on the end of the latest file, the mode-0 one.
    const third = await record(1, 3_000);
    expect(third.fileName).toBe(fresh.fileName);
    expect(await framesOf(fresh.fileName!)).toBe(8_000 * 8);
    expect(await framesOf(first.fileName!)).toBe(20_000 * 8);
  });

  it('regenerates the whole appended file at first read (lazy), also when read between segments', async () => {
    await start(['--recording-files', 'lazy']);
    const first = await record(1, 4_000);
    await playsFor(first.fileName!, 4_000);
    const second = await record(1, 6_000);
    expect(second.fileName).toBe(first.fileName);
    await playsFor(first.fileName!, 10_000);
    expect(await framesOf(first.fileName!)).toBe(10_000 * 8);
  });

  it('writes the same bytes eagerly and lazily', async () => {
    const bytes: Buffer[] = [];
    for (const args of [[], ['--recording-files', 'lazy']]) {
      if (bytes.length) await app.close();
      await start(args);
      const first = await record(1, 3_000);
      await record(1, 2_000);
      await playsFor(first.fileName!, 5_000);
      bytes.push(await bytesOf(first.fileName!));
    }
    expect(bytes[0]!.length).toBe(bytes[1]!.length);
    expect(bytes[0]!.equals(bytes[1]!)).toBe(true);
  });
});
