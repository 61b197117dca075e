// Goal: the §6.3 subscriptions and the outbox's ordering key behave alike on SQLite and PostgreSQL.
// Method: a fresh store of each dialect; subscriptions judged live against a lapse bound; ordered
// deliveries where a pending earlier one holds back the later ones of its key only.
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, repositoriesOn } from '../../../test/support/postgres.ts';

const subscription = (serverId: string, ownerVdnId: number, lastHandshakeMs: number) => ({
  serverId, ownerVdnId, subscribeType: '1', serviceToken: `token-${serverId}`, serviceCallbackUri: 'http://127.0.0.1:9/cb', nlpFlag: 1, flowAccessCode: '4002', createdAtMs: lastHandshakeMs, lastHandshakeMs,
});
const delivery = (id: string, orderKey: string | null, createdAtMs: number) => ({
  id, vdnId: 1, kind: 'asr-result', url: 'http://127.0.0.1:9/cb', body: '{}', attempts: 0, maxAttempts: 5, nextAttemptAtMs: createdAtMs, status: 'pending', lastError: null, createdAtMs, retryDelayMs: null, orderKey,
});

describe.each(dialects)('asr_subscription and ordered callbacks on $name', ({ name, enabled }) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const undo of cleanups.splice(0).reverse()) await undo();
  });

  it.skipIf(!enabled)('finds, renews, changes and deletes only live subscriptions of their owner', { timeout: 30_000 }, async () => {
    const repos = await repositoriesOn(name, cleanups);
    await repos.asrSubscriptions.insert(subscription('s1', 1, 1_000));
    await repos.asrSubscriptions.insert(subscription('s2', -1, 2_000));
    await repos.asrSubscriptions.insert(subscription('s3', 2, 3_000));
    expect(await repos.asrSubscriptions.findLive(1, 's1', 999)).toMatchObject({ serverId: 's1', nlpFlag: 1, lastHandshakeMs: 1_000, serviceToken: 'token-s1' });
    expect(await repos.asrSubscriptions.findLive(1, 's1', 1_000)).toBeUndefined(); // lapsed
    expect(await repos.asrSubscriptions.findLive(2, 's1', 0)).toBeUndefined(); // another owner's
    expect((await repos.asrSubscriptions.listLive([1, -1], 0)).map((s) => s.serverId)).toEqual(['s1', 's2']);
    expect((await repos.asrSubscriptions.listLive([1, -1], 1_500)).map((s) => s.serverId)).toEqual(['s2']);
    expect(await repos.asrSubscriptions.update(1, 's1', 1_500, { lastHandshakeMs: 5_000 })).toBe(false);
    expect(await repos.asrSubscriptions.update(1, 's1', 500, { lastHandshakeMs: 5_000, nlpFlag: 0 })).toBe(true);
    expect(await repos.asrSubscriptions.findLive(1, 's1', 4_000)).toMatchObject({ lastHandshakeMs: 5_000, nlpFlag: 0 });
    expect(await repos.asrSubscriptions.delete(2, 's1', 0)).toBe(false);
    expect(await repos.asrSubscriptions.delete(1, 's1', 0)).toBe(true);
    expect(await repos.asrSubscriptions.find('s1')).toBeUndefined();
    expect(await repos.asrSubscriptions.purge(2_000)).toBe(1);
    expect((await repos.asrSubscriptions.find('s3'))?.serviceToken).toBe('token-s3');
  });

  it.skipIf(!enabled)('holds back the later deliveries of a key while an earlier one is pending', { timeout: 30_000 }, async () => {
    const repos = await repositoriesOn(name, cleanups);
    await repos.callbacks.insert(delivery('9000000000000000001', 'call-a', 100));
    await repos.callbacks.insert(delivery('9000000000000000002', 'call-a', 100));
    await repos.callbacks.insert(delivery('9000000000000000003', 'call-b', 200));
    await repos.callbacks.insert(delivery('9000000000000000004', null, 300));
    await repos.callbacks.insert(delivery('9000000000000000005', null, 300));
    const due = async () => (await repos.callbacks.listDue(10_000, 10)).map((d) => d.id.slice(-1));
    expect(await due()).toEqual(['1', '3', '4', '5']);
    // The head of call-a is being retried: its successor still waits, and wakes nobody before the retry.
    await repos.callbacks.update('9000000000000000001', { attempts: 1, nextAttemptAtMs: 5_000 });
    await repos.callbacks.update('9000000000000000003', { status: 'delivered' });
    await repos.callbacks.update('9000000000000000004', { status: 'delivered' });
    await repos.callbacks.update('9000000000000000005', { status: 'delivered' });
    expect(await due()).toEqual(['1']);
    expect(await repos.callbacks.listDue(4_999, 10)).toEqual([]);
    expect(await repos.callbacks.nextDueAtMs()).toBe(5_000);
    // Once it gives up (or is delivered) the next one goes.
    await repos.callbacks.update('9000000000000000001', { status: 'failed' });
    expect(await due()).toEqual(['2']);
    expect(await repos.callbacks.nextDueAtMs()).toBe(100);
  });
});
