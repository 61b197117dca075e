// Goal: bad input to the §6.2 and §14 interfaces gets the family's envelope and a documented code,
// never a crash, a stack trace or a framework body; a missing or foreign credential is refused.
// Method: whole server, through HTTP, with malformed bodies on every route of the two families.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { bidirectionalEndpoints } from './index.ts';
import { voiceNotificationEndpoints } from '../voice-notification/index.ts';
import { bidirectionalApp } from './bidirectional.test-support.ts';

let app: TestApp;
let token: string;
beforeAll(async () => {
  ({ app } = await bidirectionalApp());
  const res = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', body: { app_key: 'demo-ak', app_secret: 'demo-sk' } });
  token = res.body.AccessToken;
});
afterAll(async () => {
  await app.close();
});

const c1Routes = [...bidirectionalEndpoints, ...voiceNotificationEndpoints].filter((e) => e.auth === 'C1').map((e) => e.path);

describe('malformed requests', () => {
  it.each(c1Routes)('%s answers malformed bodies in its envelope', async (url) => {
    for (const rawBody of ['{"caller":', '[]', '"text"', '{"callSerialNo":{"a":1},"called":[1],"playList":"x","offset":"-","limit":{}}']) {
      const res = await app.request({ method: 'POST', url, rawBody, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
      expect(res.status, `${url} ${rawBody}`).toBeLessThan(500);
      expect(res.text, `${url} ${rawBody}`).not.toMatch(/stack|Error:|at \w+ \(/);
      const code = res.body?.retCode ?? res.body?.returnCode;
      if (res.status === 200) expect(code, `${url} ${rawBody}`).toMatch(/^[1-9]\d*$/);
    }
  });

  it.each(c1Routes)('%s refuses a request without a token', async (url) => {
    const res = await app.request({ method: 'POST', url, body: {} });
    expect(res.status).toBe(401);
  });
});
