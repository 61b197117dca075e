// Goal: the live state the record writer snapshots (sessions and calls, decision 1720) is of the
// tenure this node holds now: entries recorded before the node lost a VDN and took it back (a new
// fence) belong to a discarded engine and are not written under the new fence (decision 1700).
// Method: LiveSessions and LiveCalls over a fence the test sets, and a call shaped like the engine's.
import { describe, expect, it } from 'vitest';
import type { Call } from '../engine/index.ts';
import { LiveCalls } from './live-calls.ts';
import { LiveSessions } from './live-sessions.ts';

const call = (callId: string) => ({ vdnId: 1, callId, feature: 0, mediaType: 5, caller: '100', called: '4001', agents: new Set<number>(), openCdr: new Map(), createdAtMs: 1 }) as unknown as Call;

describe('live state across tenures', () => {
  it('skips the calls touched in an older tenure of the VDN', () => {
    let fence: bigint | undefined = 1n;
    const calls = new LiveCalls(() => fence);
    calls.touched(call('old'), false);
    fence = 2n;
    calls.touched(call('new'), false);
    expect(calls.take(5).save.map((row) => row.callId)).toEqual(['new']);
  });

  it('skips the sessions touched in an older tenure, keeps the current one’s', () => {
    let fence: bigint | undefined = 1n;
    const sessions = new LiveSessions(() => fence);
    sessions.closed(1, 101);
    fence = 2n;
    sessions.closed(1, 102);
    expect(sessions.take(5).delete).toEqual([{ vdnId: 1, workNo: 102 }]);
  });

  it('leaves what is not owned now to the writer, and changes nothing on a single node', () => {
    let fence: bigint | undefined = 1n;
    const sessions = new LiveSessions(() => fence);
    sessions.closed(1, 101);
    fence = undefined;
    // The writer refuses a VDN it does not own as a whole ('not owned'): the entry stays in the snapshot.
    expect(sessions.take(5).delete).toEqual([{ vdnId: 1, workNo: 101 }]);
    const single = new LiveSessions();
    single.closed(1, 101);
    expect(single.take(5).delete).toEqual([{ vdnId: 1, workNo: 101 }]);
  });
});
