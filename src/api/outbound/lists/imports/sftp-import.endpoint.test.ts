// Goal: imports over SFTP (7.3.5 blacklist, 7.4.8 call data) against a real OpenSSH server: the
// registered file server's path, the sealed credentials, .xlsx and .csv files fetched with
// ssh2-sftp-client; and a server that cannot be reached fails the task visibly. Method: the test
// starts its own `sshd -D -f <tmp config>` on 127.0.0.1 with an ephemeral port, a temporary host
// key and an authorized key for the current user (the platform's client key in the data
// directory), and stops it. It skips when /usr/sbin/sshd is missing (.ci/run installs it).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { isBlacklisted, type CallDataImportTarget, type ImportedCallData } from '../../../../services/outbound/lists/index.ts';
import { sftpClientKeyPath } from '../../../../services/outbound/lists/imports/file-source.ts';
import { isales, isalesV1 } from '../isales-client.test-support.ts';

const sshd = '/usr/sbin/sshd';
const available = fs.existsSync(sshd) && (process.getuid?.() === 0 || fs.existsSync('/run/sshd'));
if (!available) console.warn(`SFTP import test skipped: ${sshd} is missing (apt-get install openssh-server, or run .ci/run)`);

let app: TestApp;
let daemon: ChildProcess | undefined;
let work = '';
let port = 0;
const user = os.userInfo().username;
const received: ImportedCallData[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
}

/** Resolves once the daemon sends its SSH banner (bounded: 10 s). */
async function banner(p: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const ready = await new Promise<boolean>((resolve) => {
      const socket = net.connect(p, '127.0.0.1');
      const done = (ready: boolean) => {
        socket.destroy();
        resolve(ready);
      };
      socket.once('data', (d) => done(d.toString().startsWith('SSH-')));
      socket.once('error', () => done(false));
      socket.setTimeout(500, () => done(false));
    });
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('sshd did not start');
}

beforeAll(async () => {
  if (!available) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-sftp-'));
  if (!fs.existsSync('/run/sshd')) fs.mkdirSync('/run/sshd', { mode: 0o755 });
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(work, 'host_key')]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(work, 'client_key')]);
  fs.copyFileSync(path.join(work, 'client_key.pub'), path.join(work, 'authorized_keys'));
  port = await freePort();
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${path.join(work, 'host_key')}`,
    `PidFile ${path.join(work, 'sshd.pid')}`,
    `AuthorizedKeysFile ${path.join(work, 'authorized_keys')}`,
    `AllowUsers ${user}`,
    'PermitRootLogin prohibit-password',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'Subsystem sftp internal-sftp',
    'LogLevel ERROR',
  ].join('\n');
  fs.writeFileSync(path.join(work, 'sshd_config'), `${config}\n`);
  daemon = spawn(sshd, ['-D', '-e', '-f', path.join(work, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  daemon.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await banner(port).catch((error: Error) => {
    throw new Error(`${error.message}: ${log}`);
  });

  app = await createTestApp();
  fs.mkdirSync(path.dirname(sftpClientKeyPath(app.services.settings.dataDir)), { recursive: true });
  fs.copyFileSync(path.join(work, 'client_key'), sftpClientKeyPath(app.services.settings.dataDir));
  (app.services as { outboundCallData?: CallDataImportTarget }).outboundCallData = {
    campaignAcceptsImport: async () => 'ok',
    beginImport: async () => ({ add: async (records) => records.map((r) => (received.push(r), { kind: 'added' as const })) }),
  };
  const upload = path.join(work, 'sftp', 'isales', 'upload');
  fs.mkdirSync(upload, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['Blacklisted Number (Mandatory)', 'Expiration Time (Optional)', 'Validity Period (Hour) (Optional)', 'Maximum Number of Calls', 'Restriction Period']);
  sheet.addRow(['31000001', '-', 24, '-', '-']);
  sheet.addRow(['bad#number!', '-', '-', '-', '-']);
  fs.writeFileSync(path.join(upload, 'demoBlack.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
  fs.writeFileSync(path.join(upload, 'calls.csv'), 'sessionId,called\r\ns1,"[{""calledNo"":""31000002""}]"\r\ns2,"[{""calledNo"":""31000001""}]"\r\n');
}, 30_000);

afterAll(async () => {
  await app?.close();
  if (daemon && daemon.exitCode === null) {
    const exited = new Promise((resolve) => daemon!.once('exit', resolve));
    daemon.kill('SIGTERM');
    await exited;
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function taskOf(kind: 'blackfile' | 'calldatafile', id: string, campaign = '') {
  await app.services.settle();
  const res = await isales(app, 'POST', `${isalesV1()}/${kind}/queryDataImportTask${campaign}`, { limit: 10, offset: 0, importTaskIds: [id] });
  return res.body.result[0];
}

describe.skipIf(!available)('imports over SFTP from a real OpenSSH server', () => {
  it('imports a blacklist .xlsx and a call-data .csv from the registered server path', async () => {
    const server = await isales(app, 'POST', `${isalesV1()}/file/addServer`, { userName: user, serverInfo: { ip: '127.0.0.1', port: String(port), filePath: path.join(work, 'sftp') }, serverPwd: 'not-used-1' });
    const serverId = server.body.serverId as string;
    const black = await isales(app, 'POST', `${isalesV1()}/blackfile/uploadFileServer`, { serverId, filePath: '/isales/upload', fileName: 'demoBlack.xlsx' });
    expect(await taskOf('blackfile', black.body.importTaskId)).toMatchObject({ status: '2', succNum: 1, failNum: 1, errMsg: '1 rows failed: row 3: Blacklisted Number contains invalid characters' });
    expect(await isBlacklisted(app.services.repos, 1, '31000001', app.clock.now())).toBe(true);

    const calls = await isales(app, 'POST', `${isalesV1()}/calldatafile/uploadFileServer/46`, { serverId, filePath: '/isales/upload', fileName: 'calls.csv' });
    expect(await taskOf('calldatafile', calls.body.importTaskId, '/46')).toMatchObject({ status: '2', succNum: 1, failNum: 1, errMsg: '1 rows failed: row 3: The number 31000001 is blacklisted.' });
    expect(received).toEqual([{ sessionId: 's1', called: [{ calledNo: '31000002', delayTime: '0' }] }]);

    const missing = await isales(app, 'POST', `${isalesV1()}/blackfile/uploadFileServer`, { serverId, fileName: 'none.xlsx' });
    expect(await taskOf('blackfile', missing.body.importTaskId)).toMatchObject({ status: '3', errMsg: expect.stringMatching(/cannot be read from the SFTP server/) });
  }, 30_000);

  it('fails the task visibly when the server refuses the login or cannot be reached', async () => {
    const refused = await isales(app, 'POST', `${isalesV1()}/file/addServer`, { userName: 'nobody', serverInfo: { ip: '127.0.0.1', port: String(port), filePath: '/' }, serverPwd: 'wrong-password' });
    const closedPort = await freePort();
    const unreachable = await isales(app, 'POST', `${isalesV1()}/file/addServer`, { userName: user, serverInfo: { ip: '127.0.0.1', port: String(closedPort), filePath: '/' }, serverPwd: 'wrong-password' });
    for (const serverId of [refused.body.serverId, unreachable.body.serverId]) {
      const res = await isales(app, 'POST', `${isalesV1()}/blackfile/uploadFileServer`, { serverId, fileName: 'demoBlack.xlsx' });
      expect(await taskOf('blackfile', res.body.importTaskId)).toMatchObject({ status: '3', errMsg: expect.stringMatching(/^Failed to connect to the SFTP server/) });
    }
  }, 30_000);
});
