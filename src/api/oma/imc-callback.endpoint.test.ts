// Goal: §15.1.3 takes an AES-256-GCM message signed with HMAC-SHA256 (decision 1505), stores the
// order or customer change it carries so that §15.1.2 and §15.1.1 show it, and answers
// {code:"200"} with an encrypted acknowledgement; missing parts and undecryptable data 400, a
// wrong signature 401, an unknown VDN 500. Method: bodies sealed with keys derived from the
// default --imc-secret (independently re-derived here with node:crypto), then read back.
import { createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { imcKeys, sealImcMessage } from '../../services/oma/index.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const keys = imcKeys('imc-secret');
const callback = (body: unknown) => app.request({ method: 'POST', url: '/apiaccess/rest/oma/v1/imcopenapi/callback', body });
const order = { id: '1638814724192780999', orderId: '251679538126441999', createTime: '1767600000000', skuName: 'telemarketing agent', status: '2', amount: '5' };

describe('15.1.3 IMC callback', () => {
  it('uses the algorithms the decision names', () => {
    const sealed = sealImcMessage(keys, { hello: 'imc' }, '00112233445566778899aabb');
    const macKey = Buffer.from(hkdfSync('sha256', 'imc-secret', Buffer.alloc(0), 'opencec imc hmac-sha256', 32));
    expect(sealed.signature).toBe(createHmac('sha256', macKey).update(sealed.data).digest('hex'));
    const raw = Buffer.from(sealed.data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(hkdfSync('sha256', 'imc-secret', Buffer.alloc(0), 'opencec imc aes-256-gcm', 32)), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    expect(JSON.parse(Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString())).toEqual({ hello: 'imc' });
  });

  it('stores an order and later its change, which 15.1.2 then shows', async () => {
    const res = await callback(sealImcMessage(keys, { eventType: 'subscription', vdnId: '1', order }, '0102030405060708090a0b0c'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: '200', message: 'success' });
    expect(typeof res.body.data).toBe('string');
    // Wrapped in reqBody (Table 15-9) works too; the same id replaces the order.
    const expired = sealImcMessage(keys, { eventType: 'subscription', vdnId: 1, order: { ...order, status: '8' } }, '0102030405060708090a0b0d');
    expect((await callback({ reqBody: expired })).body.code).toBe('200');
    const token = await bearerToken(app);
    const listed = await app.request({ method: 'POST', url: '/rest/oma/softwareconsole/tenant/queryresource', headers: { 'X-Auth-Token': token }, body: { limit: 10, offset: 0, startDate: 1767600000000 } });
    expect(listed.body.count).toBe('1');
    expect(listed.body.result[0]).toMatchObject({ id: order.id, orderId: order.orderId, status: '8', amount: '5', vdnId: '1', cecTenantName: 'demo', trialFlag: 0 });
  });

  it('stores a customer change, which 15.1.1 then shows masked', async () => {
    const customer = { mobilePhone: '13200007077', company: 'New Name Ltd', customerName: 'wangfang', email: 'wangfang@example.com', tenantSpaceStatus: '3' };
    expect((await callback(sealImcMessage(keys, { eventType: 'customer', vdnId: 1, customer }, 'aa0102030405060708090a0b'))).body.code).toBe('200');
    const basic = await app.request({ method: 'GET', url: '/rest/oma/softwareconsole/tenant/querytenantbasic', headers: { 'X-Auth-Token': await bearerToken(app) } });
    expect(basic.body).toMatchObject({ mobilePhone: '132****7077', company: 'New XXXX XXX', customerName: 'wXXXXXXX', email: 'wang***@example.com', tenantSpaceStatus: '3' });
  });

  it('answers 400, 401 and 500 as documented', async () => {
    const good = sealImcMessage(keys, { eventType: 'subscription', vdnId: 1, order }, '0102030405060708090a0b0c');
    const missing = await callback({ data: good.data });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatch(/^Incorrect request\./);
    const forged = await callback({ ...good, signature: good.signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) });
    expect(forged.status).toBe(401);
    expect(forged.body).toMatch(/^Unauthorized operation\. Check whether related services are authorized\./);
    // Another secret's message: its signature does not verify.
    expect((await callback(sealImcMessage(imcKeys('other'), { eventType: 'subscription', vdnId: 1, order }, '0102030405060708090a0b0c'))).status).toBe(401);
    // Signed but not decryptable (the MAC covers the text, not the cipher's own tag).
    const garbage = Buffer.alloc(40, 7).toString('base64');
    const undecryptable = await callback({ data: garbage, signature: createHmac('sha256', keys.macKey).update(garbage).digest('hex') });
    expect(undecryptable.status).toBe(400);
    expect((await callback(sealImcMessage(keys, { eventType: 'other', vdnId: 1 }, '0102030405060708090a0b0c'))).status).toBe(400);
    const unknown = await callback(sealImcMessage(keys, { eventType: 'subscription', vdnId: 77, order }, '0102030405060708090a0b0c'));
    expect(unknown.status).toBe(500);
    expect(unknown.body).toMatch(/^Business failure\./);
  });
});
