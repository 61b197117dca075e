// Goal: the erasure runs every registered eraser over the distinct numbers, in one transaction
// scoped to one tenant. Method: stand-in erasers for the orchestration, then the registered
// erasers against a real in-memory store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../engine/index.ts';
import { createRepositories, inTransaction, openStore, type Store } from '../../store/index.ts';
import { erasePersonalData } from './erase-personal-data.ts';
import { createPersonalDataErasure, type PersonalDataEraser } from './personal-data-eraser.ts';
import { personalDataErasers } from './personal-data-erasers.ts';

describe('createPersonalDataErasure', () => {
  it('runs each eraser in order over the distinct, trimmed, non-empty numbers and reports the counts', async () => {
    const seen: string[] = [];
    const eraser = (name: string, records: number): PersonalDataEraser => ({
      name,
      async erase(vdnId, numbers) {
        seen.push(`${name}:${vdnId}:${numbers.join('|')}`);
        return records;
      },
    });
    const report = await createPersonalDataErasure([eraser('a', 2), eraser('b', 0)]).erase(7, ['1', ' 1 ', '', '2']);
    expect(seen).toEqual(['a:7:1|2', 'b:7:1|2']);
    expect(report).toEqual({ vdnId: 7, numbers: 2, erased: [{ name: 'a', records: 2 }, { name: 'b', records: 0 }] });
  });

});

describe('erasePersonalData', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ url: 'sqlite::memory:' });
  });
  afterEach(async () => {
    await store.close();
  });

  async function plant(vdnId: number, id: string, number: string): Promise<void> {
    const repos = createRepositories(store.db);
    await repos.ivr.insertSatisfactionResult({ id, vdnId, callId: `c-${id}`, evaluationValue: '4', channel: 'audio', evaluationTimeMs: 1, customerNumber: number });
    await repos.callbacks.insert({ id, vdnId, kind: 'event', url: 'http://x', body: JSON.stringify({ callerNo: number }), attempts: 0, maxAttempts: 6, nextAttemptAtMs: 1, status: 'pending', lastError: null, createdAtMs: 1 });
    await repos.ctiRecords.insertCdrs([
      {
        id: `cdr-${id}`, vdnId, callId: `c-${id}`, callIdNum: -1, status: 'closed', agentId: '101', callerNo: number, calleeNo: '4001',
        waitBeginMs: 1, waitEndMs: 2, ackBeginMs: null, ackEndMs: null, callBeginMs: 2, callEndMs: 3, deviceType: 2, deviceNo: 101, callType: 0,
        releaseCause: 531, preDeviceType: null, preDeviceNo: null, skillId: 1, currentSkillId: 1, deviceIn: 'DEVICE_AGENT', preDeviceIn: '',
        serviceNo: '', leaveReason: 88, mediaType: 5, subMediaType: null, openedAtMs: 1, closedAtMs: 3,
      },
    ]);
  }

  it("erases the tenant's records and reports how many each store changed", async () => {
    await plant(1, '1', '13500001111');
    await plant(1, '2', '13500001111');
    await plant(2, '3', '13500001111');
    const report = await erasePersonalData({ store, tenantLocks: new KeyedMutex() }, 1, ['13500001111']);
    expect(report.erased).toEqual([
      { name: 'satisfaction results', records: 2 },
      { name: 'callback deliveries', records: 2 },
      { name: 'call records and recording index', records: 2 },
    ]);
    const repos = createRepositories(store.db);
    expect((await repos.ctiRecords.cdrsOfCall(1, 'c-1'))[0]!.callerNo).toBe('');
    expect((await repos.ctiRecords.cdrsOfCall(2, 'c-3'))[0]!.callerNo).toBe('13500001111');
    expect((await repos.callbacks.find('3'))!.body).toBe('{"callerNo":"13500001111"}');
    expect((await repos.callbacks.find('1'))!.body).toBe('{"callerNo":""}');
  });

  it('registers the erasers of the stores that exist today', () => {
    expect(personalDataErasers(createRepositories(store.db)).map((e) => e.name)).toEqual(['satisfaction results', 'callback deliveries', 'call records and recording index']);
  });

  it('keeps every store unchanged when one eraser fails', async () => {
    await plant(1, '1', '13500001111');
    const failing: PersonalDataEraser = {
      name: 'failing',
      erase: async () => {
        throw new Error('store unavailable');
      },
    };
    const run = inTransaction(store, (repos) => createPersonalDataErasure([...personalDataErasers(repos), failing]).erase(1, ['13500001111']));
    await expect(run).rejects.toThrow('store unavailable');
    expect((await createRepositories(store.db).callbacks.find('1'))!.body).toBe('{"callerNo":"13500001111"}');
  });
});
