// Goal: no reply from any path is text/plain or a Fastify error body: unknown paths, bad URLs,
// over-long parameters, refused bodies and malformed HTTP all answer JSON in the family's
// envelope. Method: a real server on 127.0.0.1; well-formed requests through Node's client,
// malformed ones as raw bytes on a socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { listenOnLoopback, rawExchange, wireRequest } from '../support/wire-client.ts';

let app: TestApp;
let port: number;
beforeAll(async () => {
  app = await createTestApp();
  port = await listenOnLoopback(app);
});
afterAll(async () => {
  await app.close();
});

/** The family envelope's code field and value for an unknown path under each prefix. */
const unknownPaths: Array<[string, string, unknown]> = [
  ['/agentgateway/resource/onlineagent/101/nosuchthing', 'retcode', '210-001'],
  ['/apiaccess/rest/cc-management/v1/nosuch', 'resultCode', '1'],
  ['/apiaccess/CC-Management/v1/nosuch', 'resultCode', '1'],
  ['/rest/cmsapp/v1/openapi/nosuch', 'resultCode', '0100001'],
  ['/rest/isales/v1/openapi/nosuch', 'resultCode', '0200001'],
  ['/CCFS/resource/ccfs/nosuch', 'resultCode', '0300011'],
  ['/oifde/rest/api/nosuch', 'errorCode', 100000],
  ['/apiaccess/ccmessaging/nosuch', 'resultCode', '1'],
  ['/CCSQM/rest/ccisqm/v1/nosuch', 'resultCode', '1'],
  ['/rest/ccikbs/v1/nosuch', 'returnCode', '1'],
  ['/nothing/here/at/all', 'error_code', 'APIGW.404'],
];

describe('unknown paths', () => {
  for (const [path, field, code] of unknownPaths) {
    it(`${path} answers 404 JSON with ${field} ${code}`, async () => {
      for (const method of ['GET', 'POST']) {
        const res = await wireRequest(port, method, path, method === 'POST' ? { body: '{}' } : {});
        expect(res.status).toBe(404);
        expect(res.exact('Content-Type')).toBe('application/json;charset=UTF-8');
        expect(JSON.parse(res.text)[field]).toBe(code);
      }
    });
  }

  it('a non-JSON body to a path with no route is 404 210-001 on the gateway, not 400 000-002', async () => {
    for (const [type, body] of [['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'], ['text/plain', 'hello']]) {
      const res = await wireRequest(port, 'POST', '/agentgateway/resource/onlineagent/101/nosuch', { headers: { 'Content-Type': type! }, body: body! });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text).retcode).toBe('210-001');
    }
  });
});

describe('errors raised before a handler', () => {
  it('an invalid percent-encoding answers the family invalid-parameter code', async () => {
    const gateway = await wireRequest(port, 'GET', '/agentgateway/resource/onlineagent/%E0%A4%A/agentstatus');
    expect(JSON.parse(gateway.text)).toMatchObject({ retcode: '000-002' });
    const config = await wireRequest(port, 'POST', '/apiaccess/rest/cc-management/v1/%zz/x', { body: '{}' });
    expect(JSON.parse(config.text)).toMatchObject({ resultCode: '1' });
    for (const res of [gateway, config]) {
      expect(res.exact('Content-Type')).toBe('application/json;charset=UTF-8');
      expect(res.text).not.toContain('FST_');
    }
  });

  it('a path parameter over the router limit answers the family invalid-parameter code', async () => {
    const res = await wireRequest(port, 'GET', `/agentgateway/resource/onlineagent/${'9'.repeat(600)}/agentstatus`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ retcode: '000-002' });
    expect(res.text).not.toContain('FST_');
  });

  it('two different Content-Lengths, or Transfer-Encoding with Content-Length, get 400 in the envelope', async () => {
    const requests = [
      'PUT /agentgateway/resource/onlineagent/101 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
      'PUT /agentgateway/resource/onlineagent/101 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    ];
    for (const request of requests) {
      const reply = await rawExchange(port, request);
      const [head, body] = reply.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toContain('Content-Type: application/json;charset=UTF-8');
      expect(JSON.parse(body!)).toMatchObject({ retcode: '000-002' });
    }
  });

  it('a JSON body that starts with a UTF-8 byte-order mark is accepted', async () => {
    const body = '\uFEFF' + JSON.stringify({ password: 'Demo@123', phonenum: '70106' });
    const res = await wireRequest(port, 'PUT', '/agentgateway/resource/onlineagent/106', { body });
    expect(JSON.parse(res.text)).toMatchObject({ retcode: '0' });
  });

  it('interfaces whose failure body is a bare string still answer JSON', async () => {
    const res = await wireRequest(port, 'GET', '/apiaccess/CC-Management/v1/querySysInfo');
    expect(res.status).toBe(401);
    expect(res.exact('Content-Type')).toBe('application/json;charset=UTF-8');
    expect(typeof JSON.parse(res.text)).toBe('string');
  });
});
