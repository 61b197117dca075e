// Goal: GET /agentgateway/resource-js is generated from the endpoint registry (one method per
// gateway interface served), is valid JavaScript, and the gateway answers a toolbar on another
// origin (CORS with the GUID headers exposed). The browser test (test/browser) runs it for real.
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../api/registry.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { resourceFamilies } from './resource-js-model.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

type Api = Record<string, Record<string, (params?: Record<string, unknown>) => unknown>> & { REST: Record<string, unknown> };

async function loadScript(): Promise<Api> {
  const res = await app.http.inject({ method: 'GET', url: '/agentgateway/resource-js' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/javascript/);
  const context = vm.createContext({}) as Api;
  vm.runInContext(res.body, context);
  return context;
}

describe('GET /agentgateway/resource-js', () => {
  it('defines REST and one object per gateway family, with a method for every gateway interface', async () => {
    const api = await loadScript();
    expect(api.REST.apiURL).toBe('http://127.0.0.1:8043/agentgateway/resource');
    const gateway = allEndpoints.filter((e) => e.path.toLowerCase().startsWith('/agentgateway/resource/'));
    const methods = resourceFamilies(allEndpoints).flatMap((f) => f.methods.map((m) => `${f.objectName}.${m.name}`));
    expect(methods).toHaveLength(gateway.length);
    for (const name of methods) {
      const [object, method] = name.split('.') as [string, string];
      expect(typeof api[object]?.[method], name).toBe('function');
    }
    for (const family of ['OnlineAgent', 'VoiceCall', 'CallData', 'AgentGroup', 'QueueDevice', 'QualityControl', 'RecordPlay', 'MediaCall', 'AgentConf', 'AgentEventDispatcher']) {
      expect(api[family], family).toBeTypeOf('object');
    }
    expect(methods).toEqual(expect.arrayContaining(['OnlineAgent.login', 'OnlineAgent.sayFree', 'OnlineAgent.rest', 'VoiceCall.answer', 'VoiceCall.hold', 'AgentEventDispatcher.getAgentEvent']));
  });

  it('builds each request from the documented path, query keys, Guid header and $entity', async () => {
    const api = await loadScript();
    const sent: Array<{ method: string; url: string; async: boolean; headers: Record<string, string>; body: unknown }> = [];
    // A stand-in XMLHttpRequest that answers like the gateway: a GUID in both headers.
    class FakeXhr {
      readyState = 0;
      status = 0;
      responseText = '';
      onreadystatechange: (() => void) | null = null;
      private request = { method: '', url: '', async: true, headers: {} as Record<string, string>, body: null as unknown };
      open(method: string, url: string, async: boolean) {
        Object.assign(this.request, { method, url, async });
      }
      setRequestHeader(name: string, value: string) {
        this.request.headers[name] = value;
      }
      getResponseHeader(name: string) {
        return ({ guid: 'g-2', 'set-guid': 'JSESSIONID=g-2', 'content-type': 'application/json' } as Record<string, string>)[name.toLowerCase()] ?? null;
      }
      send(body: unknown) {
        sent.push({ ...this.request, body });
        Object.assign(this, { readyState: 4, status: 200, responseText: '{"retcode":"0","message":"success"}' });
        if (this.request.async) this.onreadystatechange?.();
      }
    }
    (api as unknown as Record<string, unknown>).XMLHttpRequest = FakeXhr;
    api.REST.setGuid = api.REST.setGuid as never;
    (api.REST as { setGuid: (a: string, g: string) => void }).setGuid('101', 'g-1');
    const reply = api.OnlineAgent!.sayBusy!({ agentid: 101, reason: 3 });
    expect(reply).toEqual({ retcode: '0', message: 'success' });
    expect(sent[0]).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:8043/agentgateway/resource/onlineagent/101/saybusy?reason=3', async: false, headers: { Guid: 'g-1' } });
    let answered: unknown[] = [];
    api.VoiceCall!.connectHold!({ agentid: '101', callid: '1-2', $entity: { a: 1 }, $callback: (...args: unknown[]) => (answered = args) });
    expect(sent[1]).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:8043/agentgateway/resource/voicecall/101/connecthold/1-2', async: true, headers: { Guid: 'g-2' }, body: '{"a":1}' });
    expect(answered[0]).toBe(200);
    expect(answered[2]).toEqual({ retcode: '0', message: 'success' });
  });
});

describe('CORS on the gateway', () => {
  it('answers a preflight from another origin and exposes Set-GUID and Guid', async () => {
    const res = await app.http.inject({ method: 'OPTIONS', url: '/agentgateway/resource/onlineagent/101', headers: { origin: 'http://toolbar.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'guid,content-type' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://toolbar.example');
    expect(res.headers['access-control-allow-headers']).toBe('guid,content-type');
    expect(res.headers['access-control-expose-headers']).toBe('Set-GUID, Guid');
  });

  it('sends the CORS headers on the sign-in reply itself', async () => {
    const res = await app.http.inject({ method: 'PUT', url: '/agentgateway/resource/onlineagent/102', headers: { origin: 'http://toolbar.example', 'content-type': 'application/json' }, payload: JSON.stringify({ password: 'Demo@123', phonenum: '70102' }) });
    expect(JSON.parse(res.body).retcode).toBe('0');
    expect(res.headers['access-control-allow-origin']).toBe('http://toolbar.example');
    expect(res.headers['access-control-expose-headers']).toBe('Set-GUID, Guid');
    expect(res.headers['set-guid']).toMatch(/^JSESSIONID=/);
  });

  it('leaves the other families without CORS', async () => {
    const res = await app.http.inject({ method: 'OPTIONS', url: '/rest/cmsapp/v1/openapi/vdn/x', headers: { origin: 'http://toolbar.example', 'access-control-request-method': 'POST' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
