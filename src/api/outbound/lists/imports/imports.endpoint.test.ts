// Goal: file imports (7.3.5/7.3.6 blacklist, 7.4.8/7.4.9 call data) from the local file server as
// documented: .xlsx and .csv files in the template layouts, good rows kept and bad rows reported
// per row, duplicates counted, scheduled imports, the request rules, tenant isolation, and a task
// interrupted by a restart failed visibly. Method: test servers on the virtual clock; the files are
// written with exceljs into the tenant folder of the data directory; the campaigns' call-data
// service is a recording fake here (campaign-import.endpoint.test.ts imports into real campaigns).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { isBlacklisted, type CallDataImportTarget, type ImportedCallData } from '../../../../services/outbound/lists/index.ts';
import { localImportRoot } from '../../../../services/outbound/lists/imports/file-source.ts';
import { failed, isales, isalesV1, ok, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
let serverId = '';
const accepted = 'Exporting data... View details in Import Result.';
const received: ImportedCallData[] = [];
const fakeCallData: CallDataImportTarget = {
  campaignAcceptsImport: async (_vdnId, campaignId) => (campaignId === '46' ? 'ok' : campaignId === '47' ? { refused: 'The campaign is completed.' } : 'notFound'),
  beginImport: async () => ({
    add: async (records) =>
      records.map((r) => {
        if (r.sessionId === 'refuse-me') return { kind: 'failed', reason: 'The campaign holds 200,000 incomplete records.' };
        if (received.some((x) => x.called[0]!.calledNo === r.called[0]!.calledNo)) return { kind: 'duplicate' };
        received.push(r);
        return { kind: 'added' };
      }),
  }),
};

async function writeXlsx(dataDir: string, vdnId: number, relative: string, rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  const full = path.join(localImportRoot(dataDir, vdnId), relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, Buffer.from(await workbook.xlsx.writeBuffer()));
}

function writeText(dataDir: string, vdnId: number, relative: string, text: string): void {
  const full = path.join(localImportRoot(dataDir, vdnId), relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
}

const blacklistHeader = ['Blacklisted Number (Mandatory)', 'Expiration Time (Optional)', 'Validity Period (Hour) (Optional)', 'Maximum Number of Calls', 'Restriction Period'];
const importBlacklist = (body: unknown, vdn = 1, key?: typeof videoKey) => isales(app, 'POST', `${isalesV1(vdn)}/blackfile/uploadFileServer`, body, key);
const blacklistTasks = (body: unknown, vdn = 1, key?: typeof videoKey) => isales(app, 'POST', `${isalesV1(vdn)}/blackfile/queryDataImportTask`, body, key);

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
  (app.services as { outboundCallData?: CallDataImportTarget }).outboundCallData = fakeCallData;
  const res = await isales(app, 'POST', `${isalesV1()}/file/addServer`, { userName: 'isales', serverInfo: { ip: 'local', port: '22', filePath: '/home/sftp' }, serverPwd: 'Local#Files1' });
  serverId = res.body.serverId;
});
afterAll(async () => {
  await app.close();
});

describe('7.3.5 blackfile/uploadFileServer and 7.3.6 queryDataImportTask', () => {
  it('imports the template of Table 7-202: good rows kept, the repeated number counted, bad rows reported', async () => {
    await writeXlsx(app.services.settings.dataDir, 1, '/home/sftp/isales/upload/demoBlack.xlsx', [
      blacklistHeader,
      ['65676950', '-', '-', 1, '1'],
      ['88888888', '2026-05-27 23:06:25', '-', '-', '-'],
      ['88888888', '2026-06-24 10:06:25', '-', '-', '-'],
      ['12345678', '2026-06-24 10:06:25', '-', '-', '-'],
      ['12ab', '-', '-', '-', '-'],
      ['99990000', '-', 200, '-', '-'],
      ['99990001', '-', '-', 3, '-'],
    ]);
    const res = await importBlacklist({ serverId, filePath: '/isales/upload', fileName: 'demoBlack.xlsx' });
    expect(res.body).toEqual({ ...ok(accepted), importTaskId: expect.stringMatching(/^\d{30}$/) });
    await app.services.settle();
    const tasks = await blacklistTasks({ limit: 10, offset: 0, importTaskIds: [res.body.importTaskId] });
    expect(tasks.body).toEqual({
      ...ok('success'),
      count: 1,
      result: [
        {
          succNum: 3,
          failNum: 3,
          errMsg: '3 rows failed: row 6: Blacklisted Number contains invalid characters; row 7: validityTime must range from 1 to 120; row 8: restrictTimes and restrictPeriod must be set together',
          id: res.body.importTaskId,
          beginTime: '2026-01-05T08:00:00.000+00:00',
          endTime: '2026-01-05T08:00:00.000+00:00',
          repeatNum: 1,
          status: '2',
        },
      ],
    });
    const now = app.clock.now();
    for (const n of ['88888888', '12345678']) expect(await isBlacklisted(app.services.repos, 1, n, now), n).toBe(true);
    // 65676950 may be called once a day (Maximum Number of Calls 1, Restriction Period 1).
    expect(await isBlacklisted(app.services.repos, 1, '65676950', now)).toBe(false);
    expect((await app.services.repos.isalesBlacklist.byNumber(1, '65676950'))!).toMatchObject({ restrictTimes: 1, restrictPeriod: '1', expiresAtMs: null });
    const listed = await isales(app, 'POST', `${isalesV1()}/blocklist/query`, { blocklist: ['88888888'] });
    expect(listed.body.data).toEqual([{ validityExpirationTime: '2026-05-27T23:06:25.000+00:00', blockNum: '88888888', flag: true }]);
  });

  it('imports a CSV file with the same columns, and counts numbers already listed as duplicates', async () => {
    writeText(app.services.settings.dataDir, 1, '/home/sftp/black.csv', `\uFEFF${blacklistHeader.join(',')}\r\n55500001,,,,\r\n65676950,,,,\r\n"55500002",2026-03-01 00:00:00,,2,0\r\n`);
    const res = await importBlacklist({ serverId, fileName: 'black.csv' });
    await app.services.settle();
    const task = (await blacklistTasks({ limit: 1, offset: 0 })).body.result[0];
    expect(task).toMatchObject({ id: res.body.importTaskId, status: '2', succNum: 2, repeatNum: 1, failNum: 0, errMsg: '' });
  });

  it('imports a file larger than a chunk, finding duplicates across chunks', async () => {
    const numbers = Array.from({ length: 1_200 }, (_, i) => String(20_000_000 + i));
    numbers.push(numbers[3]!);
    writeText(app.services.settings.dataDir, 1, '/home/sftp/big.csv', `${blacklistHeader[0]}\n${numbers.join('\n')}\n`);
    const res = await importBlacklist({ serverId, fileName: 'big.csv' });
    await app.services.settle();
    expect((await blacklistTasks({ limit: 1, offset: 0, importTaskIds: [res.body.importTaskId] })).body.result[0]).toMatchObject({ status: '2', succNum: 1_200, repeatNum: 1, failNum: 0 });
    expect(await isBlacklisted(app.services.repos, 1, '20001199', app.clock.now())).toBe(true);
  });

  it('fails the task visibly for a missing file, a wrong template or an unreadable file', async () => {
    writeText(app.services.settings.dataDir, 1, '/home/sftp/wrong.csv', 'phone,comment\r\n123,x\r\n');
    writeText(app.services.settings.dataDir, 1, '/home/sftp/broken.xlsx', 'not a zip');
    const outcomes: Record<string, string> = {};
    for (const fileName of ['missing.xlsx', 'wrong.csv', 'broken.xlsx']) {
      const res = await importBlacklist({ serverId, fileName });
      await app.services.settle();
      const task = (await blacklistTasks({ limit: 1, offset: 0, importTaskIds: [res.body.importTaskId] })).body.result[0];
      expect(task.status, fileName).toBe('3');
      outcomes[fileName] = task.errMsg;
    }
    expect(outcomes['missing.xlsx']).toBe('The file /home/sftp/missing.xlsx does not exist on the file server.');
    expect(outcomes['wrong.csv']).toMatch(/does not follow the blacklist template/);
    expect(outcomes['broken.xlsx']).toMatch(/^The Excel file cannot be read/);
  });

  it('runs a scheduled import at the next hour:minute', async () => {
    writeText(app.services.settings.dataDir, 1, '/home/sftp/later.csv', `${blacklistHeader[0]}\r\n44400001\r\n`);
    const res = await importBlacklist({ serverId, fileName: 'later.csv', hour: '11', minute: '00' });
    await app.services.settle();
    const before = (await blacklistTasks({ limit: 1, offset: 0, importTaskIds: [res.body.importTaskId] })).body.result[0];
    expect(before).toMatchObject({ status: '0', beginTime: null, endTime: null });
    app.clock.advance(3 * 3_600_000);
    await app.services.settle();
    const after = (await blacklistTasks({ limit: 1, offset: 0, importTaskIds: [res.body.importTaskId] })).body.result[0];
    expect(after).toMatchObject({ status: '2', succNum: 1, beginTime: '2026-01-05T11:00:00.000+00:00' });
  });

  it('checks the request: server, file name and type, path, hour with minute', async () => {
    const cases: Array<[unknown, string]> = [
      [{ fileName: 'a.xlsx' }, '02000001'],
      [{ serverId }, '02000001'],
      [{ serverId: '123456789012345678901234567890', fileName: 'a.xlsx' }, '0200001'],
      [{ serverId, fileName: 'a.txt' }, '02000007'],
      [{ serverId, fileName: '../a.xlsx' }, '02000002'],
      [{ serverId, filePath: '/../../etc', fileName: 'a.xlsx' }, '02000002'],
      [{ serverId, fileName: 'a.xlsx', hour: '11' }, '02000010'],
      [{ serverId, fileName: 'a.xlsx', minute: '30' }, '02000010'],
      [{ serverId, fileName: 'a.xlsx', hour: '24', minute: '00' }, '02000007'],
      [{ serverId, fileName: 'a.xlsx', hour: '10', minute: '15' }, '02000007'],
    ];
    for (const [body, code] of cases) expect((await importBlacklist(body)).body, JSON.stringify(body)).toMatchObject(failed(code));
    expect((await blacklistTasks({})).body).toMatchObject(failed('02000001'));
  });

  it('keeps servers and tasks per tenant', async () => {
    expect((await importBlacklist({ serverId, fileName: 'black.csv' }, 2, videoKey)).body).toMatchObject(failed('0200001'));
    expect((await blacklistTasks({ limit: 10, offset: 0 }, 2, videoKey)).body).toMatchObject({ count: 0, result: [] });
  });
});

describe('7.4.8 calldatafile/uploadFileServer and 7.4.9 queryDataImportTask', () => {
  const importCallData = (campaignId: string, body: unknown) => isales(app, 'POST', `${isalesV1()}/calldatafile/uploadFileServer/${campaignId}`, body);
  const callDataTasks = (campaignId: string, body: unknown) => isales(app, 'POST', `${isalesV1()}/calldatafile/queryDataImportTask/${campaignId}`, body);

  it('imports the template of Table 7-257 through the campaigns\' service, row by row', async () => {
    await writeXlsx(app.services.settings.dataDir, 1, '/home/sftp/isales/upload/demogl50w.xlsx', [
      ['sessionId (Optional)', 'called (Mandatory)', 'caller (Optional)', 'callData (Optional)', 'customField (Optional)', 'recycleTime (Optional)'],
      ['s1', '[{"calledNo":"88880001","delayTime":"0","type":"ST"},{"calledNo":"88880002","delayTime":"60"}]', '960003', '{"iSales":{"fullName":"Li"}}', 'batch1', '2026-02-01 00:00:00'],
      ['-', "['calledNo':1234566}]", '-', '-', '-', '-'],
      ['s3', "[{'calledNo':'88880003'}]", '', '', 'batch1', ''],
      ['s4', '[{"calledNo":"88880001"}]', '', '', '', ''],
      ['s5', '[{"calledNo":"12345678"}]', '', '', '', ''],
      ['s6', '[{"calledNo":"88880004","delayTime":"7201"}]', '', '', '', ''],
      ['refuse-me', '[{"calledNo":"88880005"}]', '', '', '', ''],
      ['s8', '', '', '', '', ''],
      ['s9', '[{"calledNo":"88880006"}]', '', '', 'bad.field', '2026/02/01'],
    ]);
    const res = await importCallData('46', { serverId, filePath: '/isales/upload', fileName: 'demogl50w.xlsx' });
    expect(res.body).toEqual({ ...ok(accepted), importTaskId: expect.stringMatching(/^\d{30}$/) });
    await app.services.settle();
    const task = (await callDataTasks('46', { limit: 10, offset: 0 })).body.result[0];
    expect(task).toMatchObject({ id: res.body.importTaskId, status: '2', succNum: 2, repeatNum: 1, failNum: 6 });
    expect(task.errMsg).toBe(
      '6 rows failed: row 3: called must be a JSON array of {calledNo, delayTime, type}; row 6: The number 12345678 is blacklisted.; row 7: called[0].delayTime must range from 0 to 7200; row 8: The campaign holds 200,000 incomplete records.; row 9: called is empty; row 10: customField contains invalid characters',
    );
    expect(received).toEqual([
      { sessionId: 's1', called: [{ calledNo: '88880001', delayTime: '0', type: 'ST' }, { calledNo: '88880002', delayTime: '60' }], caller: '960003', callData: '{"iSales":{"fullName":"Li"}}', customField: 'batch1', recycleTime: '2026-02-01 00:00:00' },
      { sessionId: 's3', called: [{ calledNo: '88880003', delayTime: '0' }], customField: 'batch1' },
    ]);
    const stored = await app.services.repos.isalesImports.task(res.body.importTaskId);
    expect(JSON.parse(stored!.rowErrors)).toHaveLength(6);
  });

  it('needs a campaign that exists and takes numbers; tasks are listed per campaign', async () => {
    expect((await importCallData('99', { serverId, fileName: 'x.csv' })).body).toMatchObject({ ...failed('0200001'), resultDesc: 'The outbound campaign does not exist.' });
    expect((await importCallData('47', { serverId, fileName: 'x.csv' })).body).toMatchObject({ ...failed('0200001'), resultDesc: 'The campaign is completed.' });
    expect((await callDataTasks('99', { limit: 10, offset: 0 })).body).toMatchObject({ count: 0, result: [] });
  });
});

describe('a restart', () => {
  it('fails the task that was importing, visibly, and runs the one still waiting', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-import-restart-'));
    const storeUrl = path.join(dir, 'store.db');
    try {
      const first = await createTestApp({ storeUrl });
      const base = { vdnId: 1, kind: 'blacklist', campaignId: '', serverId: 'gone', filePath: '', fileName: 'a.csv', createdAtMs: first.clock.now(), beginMs: null, endMs: null, succNum: 0, repeatNum: 0, failNum: 0, errMsg: '', rowErrors: '[]' };
      await first.services.repos.isalesImports.insertTask({ ...base, id: 'importing', status: '1', startAtMs: first.clock.now(), succNum: 500 });
      await first.services.repos.isalesImports.insertTask({ ...base, id: 'waiting', status: '0', startAtMs: first.clock.now() + 60_000 });
      await first.close();
      const second = await createTestApp({ storeUrl });
      try {
        expect(await second.services.repos.isalesImports.task('importing')).toMatchObject({ status: '3', errMsg: 'The import was interrupted by a server restart after 500 rows; the rows imported before it are kept.' });
        expect(await second.services.repos.isalesImports.task('waiting')).toMatchObject({ status: '0' });
        second.clock.advance(60_000);
        await second.services.settle();
        expect(await second.services.repos.isalesImports.task('waiting')).toMatchObject({ status: '3', errMsg: 'The server configuration does not exist.' });
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
