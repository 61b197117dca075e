import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { provisionTenant } from '../../tenancy/index.ts';
import { oiapClient } from './oiap-client.test-support.ts';

// A third-party robot (§10.14) on 127.0.0.1: it asks for a login with a nonce, checks the HMAC,
// then recognises "agent" in any sentence that mentions a person.
let app: TestApp;
let robot: http.Server;
const calls: string[] = [];
let issued = '';

beforeAll(async () => {
  robot = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, any>;
      calls.push(req.url ?? '');
      res.setHeader('content-type', 'application/json;charset=utf-8');
      if (req.url === '/chatbot/serverauth/login') {
        const ok = body.account === 'odfs' && body.checksum === createHmac('sha256', 'shared-key').update(body.nonce).digest('hex');
        issued = ok ? 'robot-token-1' : '';
        res.writeHead(ok ? 200 : 401).end(JSON.stringify(ok ? { token: issued, duration: 600 } : { error: 'bad checksum', nonce: 'n2' }));
        return;
      }
      if (req.headers['chatbot-token'] !== issued || !issued) {
        res.writeHead(401).end(JSON.stringify({ errorMsg: 'NEED_LOGIN', nonce: 'n1' }));
        return;
      }
      const hit = /person|human/.test(body.request.sentence);
      res.writeHead(200).end(JSON.stringify({ errorCode: '0', errorMsg: '', intentsResponses: hit ? [{ responses: ['OK'], confidence: 0.93, commands: ['agent'], params: { level: 'gold' }, scenarioName: 'To agent', scenarioType: 0, scenarioStatus: 'finish' }] : [] }));
    });
  });
  await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
  app = await createTestApp();
  await provisionTenant(app.services, {
    vdnId: 8,
    name: 'robot',
    workNoRange: [46001, 46100],
    appCredentials: [{ appKey: 'bot-ak', appSecret: 'bot-sk' }],
    oiapCredentials: [{ appKey: 'bot-ak', appSecret: 'bot-sk' }],
    adminPassword: 'Bot@12345',
    settings: { thirdPartyRobot: { baseUrl: `http://127.0.0.1:${(robot.address() as AddressInfo).port}`, account: 'odfs', key: 'shared-key' } },
    skills: [],
    agents: [],
    accessCodes: [],
    calledRoutes: [],
  });
});
afterAll(async () => {
  await app.close();
  robot.close();
});

describe('10.14 third-party robot connector', () => {
  it('logs in on NEED_LOGIN with the HMAC of the nonce, then branches on the robot intent', async () => {
    const oiap = await oiapClient(app, 'bot-ak', 'bot-sk');
    const flow = await oiap('/opencec/v1/oiap/flows', {
      flowName: 'Robot flow',
      definition: {
        start: 'ask',
        nodes: [
          { id: 'ask', type: 'prompt', text: 'Hello?', next: 'nlu' },
          { id: 'nlu', type: 'nlu', intents: { agent: 'xfer' }, unknown: 'ask' },
          { id: 'xfer', type: 'transfer', transType: 3, routeValue: 'Voice', transData: 'level=${level}' },
        ],
      },
    });
    await oiap('/oifde/rest/api/createnavigationinfo', { accessCode: '7001', dialogType: 3, flowCode: flow.body.flow.flowCode, description: 'robot' });
    const turn = (inaction: number, inparams: Record<string, unknown>) => app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid: 'rb-1', inaction, inparams: { call_id: 'rb-1', auth_token: oiap.token, call_dst_id: '7001', ...inparams } } });
    await turn(8, { call_sor_id: 'u1' });
    expect((await turn(9, { flow_result_type: '1', input: 'nothing here' })).body.outparams.prompt_text).toBe('Hello?');
    expect(calls).toEqual(['/chatbot/u-route/api/router_service/recognize', '/chatbot/serverauth/login', '/chatbot/u-route/api/router_service/recognize']);
    const transfer = await turn(9, { flow_result_type: '1', input: 'a person please' });
    expect(transfer.body.outparams).toMatchObject({ trans_type: '3', route_value: 'Voice', trans_data: 'level=gold' });
    expect(calls.at(-1)).toBe('/chatbot/u-route/api/router_service/recognize');
    expect(calls).toHaveLength(4);
  });
});
