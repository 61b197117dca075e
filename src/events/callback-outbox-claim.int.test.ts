// Goal: around a handover of lease 0 two nodes' outboxes may both see the same due delivery; it
// is attempted by one of them only (decision 1700), and a claim left by a node that died
// mid-attempt lets the delivery be sent again once it runs out.
// Method: two CallbackOutbox instances on one real store (SQLite and PostgreSQL) and one virtual
// clock, whose transports record what each sends and hold the attempt until the test lets it go.
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, repositoriesOn } from '../../test/support/postgres.ts';
import { VirtualClock } from '../sim/virtual-clock.ts';
import type { Repositories } from '../store/index.ts';
import { CallbackOutbox, type CallbackTransport } from './callback-outbox.ts';

const claimMs = 20_000;

function outbox(repos: Repositories, clock: VirtualClock, name: string, sent: string[], transport?: CallbackTransport): CallbackOutbox {
  let seq = 0;
  return new CallbackOutbox({
    repository: repos.callbacks,
    clock,
    nextId: () => `${name}${String(++seq).padStart(8, '0')}`,
    transport: transport ?? (async (delivery) => {
      sent.push(`${name}:${delivery.id}`);
      return { acknowledged: true };
    }),
    retryDelayMsBase: 1_000,
    retryDelayMsMax: 8_000,
    batchSize: 10,
    claimMs,
    onError: (error) => {
      throw error;
    },
  });
}

for (const dialect of dialects) {
  describe.skipIf(!dialect.enabled)(`callback outbox claims (${dialect.name})`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const undo of cleanups.splice(0).reverse()) await undo();
    });

    it('sends a due delivery once when two outboxes pump the same store', { timeout: 30_000 }, async () => {
      const repos = await repositoriesOn(dialect.name, cleanups);
      const clock = new VirtualClock(1_000);
      const sent: string[] = [];
      const a = outbox(repos, clock, 'a', sent);
      const b = outbox(repos, clock, 'b', sent);
      const ids = ['d1', 'd2', 'd3', 'd4', 'd5'];
      // Left pending by an earlier owner of lease 0; A and B read them at the same time (a handover).
      for (const id of ids) await repos.callbacks.insert({ id, vdnId: 1, kind: 'test', url: 'http://receiver/cb', body: '{}', attempts: 0, maxAttempts: 3, nextAttemptAtMs: 1_000, status: 'pending', lastError: null, createdAtMs: 1_000, retryDelayMs: null, orderKey: null });
      await Promise.all([a.start(), b.start()]);
      await Promise.all([a.settled(), b.settled()]);
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all([a.settled(), b.settled()]);
      expect(sent.map((s) => s.split(':')[1]).sort()).toEqual([...ids].sort());
      for (const id of ids) expect((await repos.callbacks.find(id))?.status).toBe('delivered');
    });

    it('lets another outbox retry a delivery whose claim ran out (its node died mid-attempt)', { timeout: 30_000 }, async () => {
      const repos = await repositoriesOn(dialect.name, cleanups);
      const clock = new VirtualClock(1_000);
      const sent: string[] = [];
      // A claims the row and never finishes its attempt.
      const a = outbox(repos, clock, 'a', sent, () => new Promise(() => undefined));
      const id = await a.enqueue({ vdnId: 1, kind: 'test', url: 'http://receiver/cb', body: {}, maxAttempts: 3 });
      await new Promise((resolve) => setImmediate(resolve));
      const claimed = await repos.callbacks.find(id);
      expect(claimed).toMatchObject({ status: 'pending', nextAttemptAtMs: 1_000 + claimMs });
      const b = outbox(repos, clock, 'b', sent);
      await b.start();
      await b.settled();
      expect(sent).toEqual([]);
      clock.advance(claimMs);
      await new Promise((resolve) => setImmediate(resolve));
      await b.settled();
      expect(sent).toEqual([`b:${id}`]);
      expect((await repos.callbacks.find(id))?.status).toBe('delivered');
    });
  });
}
