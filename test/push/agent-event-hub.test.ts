// Goal: the agent event hub's push rules hold at the edges the HTTP tests cannot time: a push
// starts without the clock moving, what is delivered leaves the queue by identity (overflow and
// clear while a POST is out), push queues are never polled, and a dropped queue leaves no timer.
// Method: the hub on a virtual clock with a push sender the test answers by hand.
import { describe, expect, it } from 'vitest';
import { cecEvent, type CecEvent } from '../../src/domain/events/index.ts';
import { AgentEventHub, type PushTarget } from '../../src/events/index.ts';
import { VirtualClock } from '../../src/sim/virtual-clock.ts';

interface PendingPush {
  events: CecEvent[];
  settle: (ok: boolean) => void;
}

function setup(options: { queueDepthMax?: number } = {}) {
  const clock = new VirtualClock(1_000_000);
  const pushes: PendingPush[] = [];
  const hub = new AgentEventHub({
    clock,
    longPollWaitMs: 10_000,
    queueDepthMax: options.queueDepthMax ?? 100,
    closingGraceMs: 15_000,
    pushBatchMax: 3,
    pushRetryDelayMsBase: 1_000,
    pushRetryDelayMsMax: 30_000,
    push: (_target, _workNo, events) => new Promise<boolean>((settle) => pushes.push({ events: [...events], settle })),
  });
  const target: PushTarget = { callbackUri: 'http://127.0.0.1:9/push', serviceToken: 't', guid: () => 'g' };
  const note = (n: number) => cecEvent('AgentOther_Note', 101, { n });
  const numbers = (events: CecEvent[]) => events.map((e) => (e.content as { n: number }).n);
  /** Lets microtasks run (a due push starts on the next turn). */
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  return { clock, hub, pushes, target, note, numbers, turn };
}

describe('AgentEventHub push', () => {
  it('starts a push on the next turn without the clock moving, one batch at a time', async () => {
    const { hub, pushes, target, note, numbers, turn } = setup();
    hub.open(101, target);
    for (let n = 0; n < 5; n++) hub.append(note(n));
    await turn();
    expect(pushes).toHaveLength(1);
    expect(numbers(pushes[0]!.events)).toEqual([0, 1, 2]);
    pushes[0]!.settle(true);
    await turn();
    expect(numbers(pushes[1]!.events)).toEqual([3, 4]);
    pushes[1]!.settle(true);
    await hub.pushesSettled();
    expect(hub.size(101)).toBe(0);
  });

  it('keeps events appended behind an in-flight batch when the oldest overflow', async () => {
    const { hub, pushes, target, note, numbers, turn } = setup({ queueDepthMax: 4 });
    hub.open(101, target);
    for (let n = 0; n < 3; n++) hub.append(note(n));
    await turn();
    // While [0, 1, 2] is out, three more arrive: the queue drops 0 and 1 to stay within 4.
    for (let n = 3; n < 6; n++) hub.append(note(n));
    expect(hub.droppedCount(101)).toBe(2);
    pushes[0]!.settle(true);
    await turn();
    expect(numbers(pushes[1]!.events)).toEqual([3, 4, 5]);
  });

  it('keeps events that arrive after a clear while a batch is out', async () => {
    const { hub, pushes, target, note, numbers, turn } = setup();
    hub.open(101, target);
    for (let n = 0; n < 3; n++) hub.append(note(n));
    await turn();
    hub.clear(101);
    hub.append(note(7));
    pushes[0]!.settle(true);
    await turn();
    expect(numbers(pushes[1]!.events)).toEqual([7]);
  });

  it('retries after the backoff on the clock and re-sends from the oldest undelivered event', async () => {
    const { clock, hub, pushes, target, note, numbers, turn } = setup();
    hub.open(101, target);
    hub.append(note(0));
    await turn();
    pushes[0]!.settle(false);
    await turn();
    hub.append(note(1));
    await turn();
    expect(pushes).toHaveLength(1);
    clock.advance(999);
    await turn();
    expect(pushes).toHaveLength(1);
    clock.advance(1);
    await turn();
    expect(numbers(pushes[1]!.events)).toEqual([0, 1]);
  });

  it('never hands a push queue to a poll, even while its session closes', async () => {
    const { hub, target, note } = setup();
    hub.open(101, target);
    hub.append(note(0));
    expect(await hub.poll(101)).toBeNull();
    hub.close(101, 'g');
    expect(hub.closingSession(101, 'g')).toBe(false);
  });

  it('sends nothing more once a closed queue is dropped, even for a retry armed before', async () => {
    const { clock, hub, pushes, target, note, turn } = setup();
    hub.open(101, target);
    hub.append(note(0));
    hub.close(101, 'g');
    // The receiver fails every attempt: retries at +1 s, +3 s, +7 s and +15 s, the last one armed
    // before the 15 s grace ends and due when it does.
    for (let ms = 0; ms <= 15_000; ms += 500) {
      await turn();
      for (const push of pushes) push.settle(false);
      await turn();
      clock.advance(500);
    }
    const attempts = pushes.length;
    expect(attempts).toBe(4);
    for (let i = 0; i < 20; i++) {
      for (const push of pushes) push.settle(false);
      clock.advance(30_000);
      await turn();
    }
    expect(pushes).toHaveLength(attempts);
    expect(clock.pendingCount()).toBe(0);
  });

  it('still serves polls for a poll queue and its last events after sign-out', async () => {
    const { hub, note } = setup();
    hub.open(101, null);
    hub.append(note(0));
    hub.close(101, 'g');
    expect(hub.closingSession(101, 'g')).toBe(true);
    expect((await hub.poll(101))?.content).toEqual({ n: 0 });
    expect(hub.closingSession(101, 'g')).toBe(false);
  });
});
