import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { provisionTenant } from '../../tenancy/index.ts';
import { oiapClient } from './oiap-client.test-support.ts';

let app: TestApp;
let demo: Awaited<ReturnType<typeof oiapClient>>;
let rpaTenant: Awaited<ReturnType<typeof oiapClient>>;
let controller: http.Server;
const received: { url: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  controller = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      received.push({ url: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/rpa/queryJob') res.end(JSON.stringify({ errorCode: 0, errorMsg: '', total: 1, jobs: [{ uid: 'a'.repeat(32), jobName: 'invoice', status: 'running' }] }));
      else res.end(JSON.stringify({ errorCode: 10000003, errorMsg: 'queue does not exist' }));
    });
  });
  await new Promise<void>((resolve) => controller.listen(0, '127.0.0.1', resolve));
  app = await createTestApp();
  demo = await oiapClient(app);
  await provisionTenant(app.services, {
    vdnId: 9,
    name: 'rpa',
    workNoRange: [45001, 45100],
    appCredentials: [{ appKey: 'rpa-ak', appSecret: 'rpa-sk' }],
    oiapCredentials: [{ appKey: 'rpa-ak', appSecret: 'rpa-sk' }],
    adminPassword: 'Rpa@12345',
    settings: { rpaEndpoint: `http://127.0.0.1:${(controller.address() as AddressInfo).port}/rpa` },
    skills: [],
    agents: [],
    accessCodes: [],
    calledRoutes: [],
  });
  rpaTenant = await oiapClient(app, 'rpa-ak', 'rpa-sk');
});
afterAll(async () => {
  await app.close();
  controller.close();
});

describe('10.20 RPA relay', () => {
  it('relays a task query to the configured controller without the OIAP token', async () => {
    const res = await rpaTenant('/oifde/rest/api/rpa/queryJob', { pageNo: 1, pageSize: 10, conditions: { jobName: 'inv' } });
    expect(res.body).toEqual({ errorCode: 0, errorMsg: '', total: 1, jobs: [{ uid: 'a'.repeat(32), jobName: 'invoice', status: 'running' }] });
    expect(received.at(-1)).toEqual({ url: '/rpa/queryJob', body: { tenantId: 'rpa-ak', pageNo: 1, pageSize: 10, conditions: { jobName: 'inv' } } });
  });

  it('passes the controller error code through, and validates before relaying', async () => {
    expect((await rpaTenant('/oifde/rest/api/rpa/createRpaQueueData', { queueUid: 'q1', priority: 'high' })).body).toEqual({ errorCode: 10000003, errorMsg: 'queue does not exist' });
    const before = received.length;
    expect((await rpaTenant('/oifde/rest/api/rpa/queryRpaQueueData', { conditions: {} })).body.errorCode).toBe(10000002);
    expect((await rpaTenant('/oifde/rest/api/rpa/queryJobDetails', {})).body.errorCode).toBe(10000002);
    expect((await rpaTenant('/oifde/rest/api/rpa/queryJob', { pageSize: 100 })).body.errorCode).toBe(10000002);
    expect(received.length).toBe(before);
  });

  it('answers 10000001 for a tenant without a controller', async () => {
    expect((await demo('/oifde/rest/api/rpa/queryJob', {})).body.errorCode).toBe(10000001);
  });
});
