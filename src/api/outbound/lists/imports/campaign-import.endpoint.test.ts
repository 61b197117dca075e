// Goal: a 7.4.8 import lands in the outbound campaigns' records exactly as 7.4.2 would store them:
// numbers with delay and type, the record fields, state new; a number the campaign already holds
// is a duplicate; a running campaign refuses the import ("numbers cannot be added to ongoing
// tasks"), an unknown or another tenant's campaign is not found. Method: a test server with the
// real campaign call-data target; campaigns are written through the campaign repository.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { localImportRoot } from '../../../../services/outbound/lists/imports/file-source.ts';
import { failed, isales, isalesV1, ok, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
let serverId = '';

async function campaign(vdnId: number, campaignId: number, status: number): Promise<void> {
  const now = app.clock.now();
  await app.services.repos.isalesCampaigns.insert({
    vdnId, campaignId, name: `c${campaignId}`, description: null, deviceType: 2, status, beginMs: now, endMs: now + 86_400_000, maxAlertingTime: 30, priority: null,
    schedule: '{}', ivrParam: null, skillParam: '{"skillId":1,"outBoundType":2}', callbackUrl: 'http://127.0.0.1:9/cb', cclId: null, retryPolicy: null, callPolicy: null, archived: 0, createdAtMs: now, updatedAtMs: now,
  });
}

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
  await campaign(1, 46, 3);
  await campaign(1, 47, 2);
  await campaign(2, 48, 3);
  serverId = (await isales(app, 'POST', `${isalesV1()}/file/addServer`, { userName: 'isales', serverInfo: { ip: 'local', port: '22', filePath: '/' }, serverPwd: 'Local#Files1' })).body.serverId;
  const csv = ['sessionId,called,caller,callData,customField,recycleTime', 's1,"[{""calledNo"":""88880001"",""delayTime"":""30"",""type"":""ST""},{""calledNo"":""88880002""}]",960003,hello,batch1,2026-02-01 00:00:00', 's2,"[{""calledNo"":""88880003""}]",,,,'].join('\r\n');
  const full = path.join(localImportRoot(app.services.settings.dataDir, 1), 'calls.csv');
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, `${csv}\r\n`);
});
afterAll(async () => {
  await app.close();
});

const upload = (campaignId: number, vdn = 1, key?: typeof videoKey) => isales(app, 'POST', `${isalesV1(vdn)}/calldatafile/uploadFileServer/${campaignId}`, { serverId, fileName: 'calls.csv' }, key);
const tasks = (campaignId: number) => isales(app, 'POST', `${isalesV1()}/calldatafile/queryDataImportTask/${campaignId}`, { limit: 10, offset: 0 });

describe('7.4.8 into a campaign', () => {
  it('stores the rows as the campaign\'s records, then counts a second import as duplicates', async () => {
    expect((await upload(46)).body).toMatchObject(ok('Exporting data... View details in Import Result.'));
    await app.services.settle();
    expect((await tasks(46)).body.result[0]).toMatchObject({ status: '2', succNum: 2, repeatNum: 0, failNum: 0 });
    const rows = await app.services.store.db.selectFrom('isalesCallData').selectAll().where('vdnId', '=', 1).where('campaignId', '=', 46).orderBy('sessionId').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ sessionId: 's1', caller: '960003', callData: 'hello', customField: 'batch1', recycleTime: '2026-02-01 00:00:00', recycleAtMs: Date.UTC(2026, 1, 1), state: 'new', attempts: 0 });
    expect(JSON.parse(rows[0]!.numbers)).toEqual([{ calledNo: '88880001', delayTime: 30, type: 'ST' }, { calledNo: '88880002', delayTime: 0, type: null }]);
    expect(Number(rows[0]!.nextAttemptAtMs)).toBe(app.clock.now() + 30_000);
    expect(rows[0]!.dataId).toMatch(/^\d{20}$/);

    await upload(46);
    await app.services.settle();
    expect((await tasks(46)).body.result[0]).toMatchObject({ status: '2', succNum: 0, repeatNum: 2, failNum: 0 });
  });

  it('refuses a running campaign and an unknown or foreign one', async () => {
    expect((await upload(47)).body).toMatchObject({ ...failed('0200001') });
    expect((await upload(99)).body).toMatchObject({ ...failed('0200001'), resultDesc: 'The outbound campaign does not exist.' });
    expect((await upload(48)).body).toMatchObject({ ...failed('0200001'), resultDesc: 'The outbound campaign does not exist.' });
    expect((await upload(48, 2, videoKey)).body).toMatchObject(failed('0200001'));
  });
});
