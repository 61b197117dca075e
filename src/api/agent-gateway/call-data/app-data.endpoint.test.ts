// Goal: appdata (6.1.3.2) reads and setcalldataex (6.1.3.3) writes the call-associated data of the
// agent's call, with Base64 both ways, the 16 KB bound and the documented codes. Method: the demo
// tenant on a virtual clock; flow control off (it has its own tests).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { configureFlowControl } from '../flow-control.ts';

let app: TestApp;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  configureFlowControl(app.services, { enabled: false });
  agent = await GatewayAgent.signIn(app, 101);
  await agent.events();
});
afterEach(async () => {
  await app.close();
});

const appData = async (query = '') => (await agent.call('GET', `calldata/{id}/appdata${query}`)).body;
const setData = async (body: unknown) => (await agent.call('PUT', 'calldata/{id}/setcalldataex', body)).body;

describe('6.1.3.2 appdata', () => {
  it('returns the data of the current call, Base64-encoded when asked', async () => {
    const callId = await dial(app, '4001', { callData: 'order=42;name=Zoë' });
    expect(await appData()).toEqual({ message: '', retcode: '0', result: 'order=42;name=Zoë' });
    expect(await appData(`?isEncodeResult=true&callId=${callId}`)).toEqual({ message: '', retcode: '0', result: Buffer.from('order=42;name=Zoë').toString('base64') });
    // "Values other than true are processed as false" (ref L12360).
    expect((await appData('?isEncodeResult=yes')).result).toBe('order=42;name=Zoë');
    expect((await appData(`?isencoderesult=TRUE&callid=${callId}`)).result).toBe(Buffer.from('order=42;name=Zoë').toString('base64'));
  });

  it('answers 100-007 without a call or for a call that is not the agent own', async () => {
    expect((await appData()).retcode).toBe('100-007');
    await dial(app, '4001');
    expect((await appData('?callId=1767600000-77')).retcode).toBe('100-007');
  });
});

describe('6.1.3.3 setcalldataex', () => {
  it('accepts the reference example and stores the decoded data', async () => {
    const callId = await dial(app, '4001');
    expect(await setData({ callid: callId, calldata: '1233', isDataEncoded: 'true' })).toEqual({ result: {}, message: 'success', retcode: '0' });
    // "1233" is valid Base64 of three bytes that are not UTF-8 text: the data is their decoding.
    expect((await appData()).result).toBe(Buffer.from('1233', 'base64').toString('utf8'));
    expect(await setData({ callid: callId, calldata: Buffer.from('hello world').toString('base64'), isDataEncoded: true })).toMatchObject({ retcode: '0' });
    expect((await appData()).result).toBe('hello world');
  });

  it('writes plain data on the current call and is seen by every reader of the call', async () => {
    const callId = await dial(app, '4001');
    expect((await setData({ calldata: 'ticket=7' })).retcode).toBe('0');
    expect((await appData()).result).toBe('ticket=7');
    expect((await agent.call('GET', `calldata/{id}/callinfobycallid/${callId}`)).body.result.calldata).toBe('ticket=7');
  });

  it('bounds the original content to 16 KB and refuses invalid Base64 (000-002)', async () => {
    await dial(app, '4001');
    expect((await setData({ calldata: 'x'.repeat(16 * 1024) })).retcode).toBe('0');
    expect((await setData({ calldata: 'x'.repeat(16 * 1024 + 1) })).retcode).toBe('000-002');
    expect((await setData({ calldata: Buffer.from('y'.repeat(16 * 1024 + 1)).toString('base64'), isDataEncoded: true })).retcode).toBe('000-002');
    expect((await setData({ calldata: 'not base64!', isDataEncoded: true })).retcode).toBe('000-002');
    expect((await setData({ calldata: 'abc', isDataEncoded: 'maybe' })).retcode).toBe('000-002');
  });

  it('answers 400-001 without a call or for a call that is not the agent own', async () => {
    expect((await setData({ calldata: 'a' })).retcode).toBe('400-001');
    await dial(app, '4001');
    expect((await setData({ callid: '1767600000-77', calldata: 'a' })).retcode).toBe('400-001');
    expect((await new GatewayAgent(app, 102).call('PUT', 'calldata/{id}/setcalldataex', { calldata: 'a' })).body.retcode).toBe('100-006');
  });
});
