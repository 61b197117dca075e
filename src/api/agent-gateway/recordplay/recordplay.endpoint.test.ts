// Goal: §13.1.1 on the agent's phone: playback of a real recording runs on the Clock and ends at
// the file's real length, pause/resume/jumps move the position, stop ends it, every state rule
// answers its 500-xxx code, self-recording writes a real recording, screen recording an index
// entry, and another VDN's file never plays. Method: the demo tenant on a virtual clock; agent 101
// takes a 30 s call from /sim/v1 to make a recording, then plays it; events are polled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { parseWav } from '../../../media/wav-decode.ts';
import { audioKey } from '../../../media/recordings/index.ts';
import { demoCaller, toneWavBase64 } from '../../config-ivr/config-ivr.test-support.ts';

let app: TestApp;
let agent: GatewayAgent;
let recording: { fileName: string; durationMs: number; recordId: string };

beforeEach(async () => {
  app = await createTestApp();
  agent = await GatewayAgent.signIn(app, 101);
  const callId = await dial(app, '4001');
  await advance(app, 30_000);
  await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  await advance(app, 60_000);
  await agent.call('POST', 'onlineagent/{id}/sayfree');
  await agent.call('POST', 'onlineagent/{id}/cancelwork');
  await agent.events();
  const [row] = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
  recording = { fileName: row!.fileName, durationMs: row!.endMs! - row!.beginMs, recordId: row!.recordId };
});
afterEach(async () => {
  await app.close();
});

const play = (body: Record<string, unknown>) => agent.call('PUT', 'recordplay/{id}/play', body);
const code = async (p: Promise<{ body: any }>) => (await p).body.retcode;

describe('13.1.1.1 play → 13.1.1.6 stopplay', () => {
  it('plays the reference example shape on the Clock and ends at the file’s real length', async () => {
    const res = await play({ voicepath: recording.fileName, startpostion: 0, volumechange: 50, speedchange: 50, times: 1, codeformat: 0, locationId: -1 });
    expect(res.body).toMatchObject({ retcode: '0', result: {} });
    expect(await agent.events()).toEqual([
      ['AgentMediaEvent_Play', null],
      ['AgentMediaEvent_Play_Succ', null],
    ]);
    await advance(app, recording.durationMs - 1);
    expect(await agent.events()).toEqual([]);
    await advance(app, 1);
    expect(await agent.events()).toEqual([['AgentMediaEvent_StopPlayDone', { cause: 0 }]]);
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stopplay'))).toBe('500-009');
    // The journal has the "play voice" interval (op 22, Table 13-128) between idle intervals.
    const ops = await app.services.repos.ctiRecords.operationsOfAgent(1, '101', 0, Number.MAX_SAFE_INTEGER);
    expect(ops.find((o) => o.opType === 22)).toMatchObject({ opObject: recording.fileName });
  });

  it('pauses, resumes and jumps, and the end moves with the position', async () => {
    await play({ voicepath: recording.fileName.replaceAll('/', '\\') });
    await agent.events();
    await advance(app, 10_000);
    expect(await code(agent.call('POST', 'recordplay/{id}/pauseplay'))).toBe('0');
    expect(await code(agent.call('POST', 'recordplay/{id}/pauseplay'))).toBe('500-003');
    await advance(app, 60_000);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_PausePlayDone']);
    expect(await code(agent.call('POST', 'recordplay/{id}/resumeplay'))).toBe('0');
    expect(await code(agent.call('POST', 'recordplay/{id}/resumeplay'))).toBe('500-005');
    expect(await code(agent.call('POST', 'recordplay/{id}/forefast/5'))).toBe('0');
    expect(await code(agent.call('POST', 'recordplay/{id}/backfast/2'))).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_ResumePlayDone', 'AgentMediaEvent_JumpPlayDone', 'AgentMediaEvent_JumpPlayDone']);
    // 10 s played, +5 −2: the rest of the file is duration − 13 s.
    await advance(app, recording.durationMs - 13_000 - 1);
    expect(await agent.events()).toEqual([]);
    await advance(app, 1);
    expect(await agent.events()).toEqual([['AgentMediaEvent_StopPlayDone', { cause: 0 }]]);
  });

  it('a fast-forward past the end finishes the file; a rewind before the start plays from the top', async () => {
    await play({ voicepath: recording.fileName });
    await agent.events();
    expect(await code(agent.call('POST', 'recordplay/{id}/backfast/100'))).toBe('0');
    expect(await code(agent.call('POST', 'recordplay/{id}/forefast/2147483647'))).toBe('0');
    expect(await agent.events()).toEqual([
      ['AgentMediaEvent_JumpPlayDone', null],
      ['AgentMediaEvent_JumpPlayDone', null],
      ['AgentMediaEvent_StopPlayDone', { cause: 0 }],
    ]);
    expect(await code(agent.call('POST', 'recordplay/{id}/forefast/2147483648'))).toBe('000-002');
    expect(await code(agent.call('POST', 'recordplay/{id}/forefast/abc'))).toBe('000-002');
  });

  it('stopplay stops with cause 1; every control without a playback is its state error', async () => {
    expect(await code(agent.call('POST', 'recordplay/{id}/pauseplay'))).toBe('500-003');
    expect(await code(agent.call('POST', 'recordplay/{id}/resumeplay'))).toBe('500-005');
    expect(await code(agent.call('POST', 'recordplay/{id}/forefast/1'))).toBe('500-002');
    expect(await code(agent.call('POST', 'recordplay/{id}/backfast/1'))).toBe('500-001');
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stopplay'))).toBe('500-009');
    await play({ voicepath: recording.fileName });
    expect(await code(play({ voicepath: recording.fileName }))).toBe('500-007');
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stopplay'))).toBe('0');
    expect(await agent.events()).toEqual([
      ['AgentMediaEvent_Play', null],
      ['AgentMediaEvent_Play_Succ', null],
      ['AgentMediaEvent_StopPlayDone', { cause: 1 }],
    ]);
  });

  it('an unknown file and another VDN’s recording fail to play (Play_Fail, cause 2); netplay answers 100-018', async () => {
    await play({ voicepath: 'Y:/1/0/20260105/101/9999999.V3' });
    expect(await agent.events()).toEqual([
      ['AgentMediaEvent_Play', null],
      ['AgentMediaEvent_Play_Fail', null],
      ['AgentMediaEvent_StopPlayDone', { cause: 2 }],
    ]);
    await app.services.store.db.updateTable('recording').set({ vdnId: 2 }).where('recordId', '=', recording.recordId).execute();
    await play({ voicepath: recording.fileName });
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Fail', 'AgentMediaEvent_StopPlayDone']);
    const net = await agent.call('POST', 'recordplay/{id}/netplay', { fileName: recording.fileName, position: '0', playTime: '1', fileFormat: '0', cclid: '1', locationId: '-1' });
    expect(net.body.retcode).toBe('100-018');
    expect(await agent.events()).toEqual([]);
  });

  it('refuses play in a call (500-007) and rejects bad bodies (000-002)', async () => {
    expect(await code(play({}))).toBe('000-002');
    expect(await code(play({ voicepath: 'x'.repeat(101) }))).toBe('000-002');
    const callId = await dial(app, '4001');
    await agent.events();
    expect(await code(play({ voicepath: recording.fileName }))).toBe('500-007');
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  });

  it('keeps the phone busy: no call is offered while it plays; the queued call comes after stopplay', async () => {
    await play({ voicepath: recording.fileName });
    await agent.events();
    const callId = await dial(app, '4001');
    await advance(app, 5_000);
    expect(await agent.eventTypes()).toEqual([]);
    await agent.call('DELETE', 'recordplay/{id}/stopplay');
    await advance(app, 1_000);
    const types = await agent.eventTypes();
    expect(types[0]).toBe('AgentMediaEvent_StopPlayDone');
    expect(types).toContain('AgentEvent_Talking');
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  });

  it('a sign-out stops the playback (StopPlayDone cause 1) before the session ends', async () => {
    await play({ voicepath: recording.fileName });
    await agent.events();
    await agent.call('DELETE', 'onlineagent/{id}/logout');
    await advance(app, 1_000);
    const events = await agent.events();
    expect(events[0]).toEqual(['AgentMediaEvent_StopPlayDone', { cause: 1 }]);
  });

  it('is refused to an agent who is not signed in (100-006)', async () => {
    await agent.call('DELETE', 'onlineagent/{id}/logout');
    expect(await code(play({ voicepath: recording.fileName }))).toBe('100-006');
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stopplay'))).toBe('100-006');
    expect(await code(agent.call('PUT', 'recordplay/{id}/record', { mediaType: 5 }))).toBe('100-006');
  });
});

describe('13.1.1.1 play of an announcement', () => {
  it('plays an approved 5.4.4 voice file for its real length, and not before it is approved', async () => {
    const call = await demoCaller(app);
    const res = await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(4_000), locale: 'zh_CN', voiceType: '0', fileType: 'WAV', voiceFileName: 'holdmusic' });
    expect(res.body, JSON.stringify(res.body)).toMatchObject({ returnCode: '0' });
    const file = await app.services.repos.voiceAssets.findFile(1, res.body.fileId);
    await play({ voicepath: file!.fileUrl });
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Fail', 'AgentMediaEvent_StopPlayDone']);
    await advance(app, 3_000);
    expect((await app.services.repos.voiceAssets.findFile(1, res.body.fileId))!.reviewStatus).toBe('2');
    await play({ voicepath: file!.fileUrl.replaceAll('/', '\\').toLowerCase() });
    await advance(app, 3_999);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Succ']);
    await advance(app, 1);
    expect(await agent.events()).toEqual([['AgentMediaEvent_StopPlayDone', { cause: 0 }]]);
    await play({ voicepath: file!.fileUrl.replace('IVR/1/', 'IVR/2/') });
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Fail', 'AgentMediaEvent_StopPlayDone']);
  });
});

describe('13.1.1.11 netplay', () => {
  it('plays the reference example (playTime 1) and loops with playTime 0 until stopped', async () => {
    const res = await agent.call('POST', 'recordplay/{id}/netplay', { fileName: recording.fileName, position: '0', playTime: '1', fileFormat: '0', cclid: '1', locationId: '-1' });
    expect(res.body).toMatchObject({ retcode: '0', result: {} });
    await advance(app, recording.durationMs);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Succ', 'AgentMediaEvent_StopPlayDone']);
    await agent.call('POST', 'recordplay/{id}/netplay', { fileName: recording.fileName, playTime: 0, cclid: 1 });
    await advance(app, recording.durationMs * 3);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Succ']);
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stopplay'))).toBe('0');
    expect(await agent.events()).toEqual([['AgentMediaEvent_StopPlayDone', { cause: 1 }]]);
    expect(await code(agent.call('POST', 'recordplay/{id}/netplay', { fileName: recording.fileName }))).toBe('000-002');
  });
});

describe('13.1.1.9 record → 13.1.1.10 stoprecord', () => {
  it('records the agent: taskId, phone and record events, a recording index row and a WAV of the real length', async () => {
    const res = await agent.call('PUT', 'recordplay/{id}/record', { mediaType: 5, recordMode: 0, recordFormat: 0 });
    expect(res.body).toMatchObject({ retcode: '0', result: { taskId: expect.stringMatching(/^\d+$/) } });
    const taskId = res.body.result.taskId as string;
    const events = await agent.events();
    expect(events.map(([t]) => t)).toEqual(['AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentMediaEvent_Record']);
    expect(events[1]![1]).toEqual({ type: 'main' });
    const record = events[2]![1] as Record<string, string>;
    expect(record).toMatchObject({ taskId, fileMediaType: '1', fileName: expect.stringMatching(/^Y:\/1\/0\/20260105\/101\/\d{7}\.V3$/) });
    expect(await code(agent.call('PUT', 'recordplay/{id}/record', { mediaType: 5 }))).toBe('500-008');
    expect(await code(play({ voicepath: recording.fileName }))).toBe('500-007');
    await advance(app, 12_000);
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stoprecord'))).toBe('0');
    expect(await code(agent.call('DELETE', 'recordplay/{id}/stoprecord'))).toBe('500-010');
    const [type, stop] = ((await agent.events()) as Array<[string, Record<string, string>]>)[0]!;
    expect(type).toBe('AgentMediaEvent_StopRecordDone');
    expect(Number(stop!.endTime) - Number(stop!.beginTime)).toBe(12_000);
    await app.services.settle();
    const [row] = await app.services.repos.ctiRecords.recordingsOfCall(1, record.callId!);
    expect(row).toMatchObject({ status: 'done', fileName: record.fileName, agentId: '101', mediaType: 5 });
    const chunks: Buffer[] = [];
    for await (const c of app.services.files.read(audioKey({ ...row!, vdnId: 1 }))) chunks.push(c as Buffer);
    const wav = parseWav(new Uint8Array(Buffer.concat(chunks)));
    if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error('not a WAV');
    expect(wav.wav.frameCount).toBe(12_000 * 8);
    // The agent's own recording plays back like any other.
    await play({ voicepath: record.fileName });
    await advance(app, 12_000);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_Play', 'AgentMediaEvent_Play_Succ', 'AgentMediaEvent_StopPlayDone']);
  });

  it('answers 000-002 for a mediaType other than 5 and 500-011 for a file name of one’s own', async () => {
    expect(await code(agent.call('PUT', 'recordplay/{id}/record', { mediaType: 1 }))).toBe('000-002');
    expect(await code(agent.call('PUT', 'recordplay/{id}/record', {}))).toBe('000-002');
    expect(await code(agent.call('PUT', 'recordplay/{id}/record', { fileName: 'Y:/15/0/20201119/186/142702.V3', mediaType: 5 }))).toBe('500-011');
    expect(await agent.events()).toEqual([]);
  });

  it('a sign-out ends the recording with its row closed', async () => {
    await agent.call('PUT', 'recordplay/{id}/record', { mediaType: 5 });
    await advance(app, 5_000);
    await agent.call('DELETE', 'onlineagent/{id}/logout');
    await app.services.settle();
    const rows = await app.services.store.db.selectFrom('recording').selectAll().where('callType', '=', 8).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'done' });
    expect(rows[0]!.endMs! - rows[0]!.beginMs).toBe(5_000);
  });
});

describe('13.1.1.7 startrecordscreen / 13.1.1.8 stoprecordscreen', () => {
  it('writes an index entry without a file, and answers the failure events out of order', async () => {
    expect((await agent.call('DELETE', 'recordplay/{id}/stoprecordscreen')).body).toMatchObject({ retcode: '0' });
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_StopRecordScreen_Fail']);
    expect((await agent.call('PUT', 'recordplay/{id}/startrecordscreen')).body).toMatchObject({ retcode: '0', result: {} });
    expect((await agent.call('PUT', 'recordplay/{id}/startrecordscreen')).body).toMatchObject({ retcode: '0' });
    await advance(app, 3_000);
    await agent.call('DELETE', 'recordplay/{id}/stoprecordscreen');
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_StartRecordScreen_Succ', 'AgentMediaEvent_StartRecordScreen_Fail', 'AgentMediaEvent_StopRecordScreen_Succ']);
    await app.services.settle();
    const [row] = await app.services.store.db.selectFrom('recording').selectAll().where('mediaType', '=', 2).execute();
    expect(row).toMatchObject({ status: 'done', agentId: '101', fileName: expect.stringMatching(/^Y:\/1\/2\/20260105\/101\/\d{7}\.mp4$/) });
    expect(row!.endMs! - row!.beginMs).toBe(3_000);
    expect(await app.services.files.stat(audioKey({ ...row!, vdnId: 1 }))).toBeUndefined();
  });
});
