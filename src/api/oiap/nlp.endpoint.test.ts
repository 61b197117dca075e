import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient, otherOiapTenant } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;
let other: Awaited<ReturnType<typeof oiapClient>>;

beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
  other = await otherOiapTenant(app);
});
afterAll(() => app.close());

describe('10.19 speechrecognition (demo corpus)', () => {
  it('recognises an intent with a 0..1 confidence and its configured reply', async () => {
    const res = await oiap('/oifde/rest/api/speechrecognition', { userId: '1', sentence: 'connect me to a person', language: 'en_US', targetIntentCount: '2', confidence2Top: '0.5', domainList: [10001] });
    expect(res.body.errorCode).toBe(0);
    expect(res.body.intentsResponses[0]).toMatchObject({ scenarioStatus: 'finish', scenarioName: 'Transfer to agent', commands: ['agent'], responses: ['Connecting you to an agent.'] });
    expect(res.body.intentsResponses[0].confidence).toBeGreaterThan(0.8);
    expect(res.body.intentsResponses[0].confidence).toBeLessThanOrEqual(1);
  });

  it('answers an FAQ as systemQA with the raw score and the similar question matched', async () => {
    const res = await oiap('/oifde/rest/api/speechrecognition', { userId: '1', sentence: 'my credit card was stolen', language: 'en_US' });
    expect(res.body.intentsResponses).toEqual([
      { simQuestions: ['my credit card was stolen'], scenarioStatus: 'SUCCESS', confidence: expect.any(Number), responses: ['You can freeze a lost card at once in the mobile app, or ask an agent to block it.'], scenarioName: expect.stringMatching(/^\d+$/), commands: ['systemQA'] },
    ]);
    expect(res.body.intentsResponses[0].confidence).toBeGreaterThan(1);
  });

  it('returns nothing for unrelated text, and nothing of the demo corpus to another tenant', async () => {
    expect((await oiap('/oifde/rest/api/speechrecognition', { userId: '1', sentence: 'qwxz vbnm', language: 'en_US' })).body.intentsResponses).toEqual([]);
    expect((await other('/oifde/rest/api/speechrecognition', { userId: '1', sentence: 'connect me to a person', language: 'en_US' })).body.intentsResponses).toEqual([]);
  });

  it('validates targetIntentCount and confidence2Top', async () => {
    expect((await oiap('/oifde/rest/api/speechrecognition', { userId: '1', sentence: 'x', language: 'en_US', targetIntentCount: 6 })).body.errorCode).toBe(10000002);
    expect((await oiap('/oifde/rest/api/speechrecognition', { userId: '1', sentence: 'x', language: 'en_US', confidence2Top: 2 })).body.errorCode).toBe(10000002);
  });
});

describe('10.13 spellcheck', () => {
  it('corrects a misspelt English word by token index, keeping tenant words', async () => {
    const res = await oiap('/oifde/rest/api/spellcheck', { tenantId: 'ipcc', sentence: 'I lost my crad', language: 'en_US', checkerType: 'nonWordSpellChecker' });
    expect(res.body.hasMistake).toBe(true);
    expect(res.body.spellCheckerMatchList[3]).toEqual({ word: 'crad', startIndex: 3, endIndex: 4, hasMistake: true, correctWord: expect.any(String) });
    expect(res.body.spellCheckerMatchList[0]).toEqual({ word: 'I', startIndex: 0, endIndex: 1, hasMistake: false, correctWord: 'I' });
    expect((await oiap('/oifde/rest/api/spellcheck', { sentence: 'block my card', language: 'en_US' })).body.hasMistake).toBe(false);
  });

  it('corrects a Chinese run one character away from a tenant word, and leaves other languages alone', async () => {
    const zh = await oiap('/oifde/rest/api/spellcheck', { sentence: '我的银行卡丢了怎么半', language: 'zh_CN', checkerType: 'realWordSpellChecker' });
    expect(zh.body.hasMistake).toBe(true);
    expect(zh.body.spellCheckerMatchList).toContainEqual(expect.objectContaining({ word: '了怎么半', correctWord: '了怎么办', hasMistake: true }));
    expect((await oiap('/oifde/rest/api/spellcheck', { sentence: 'مرحبا', language: 'ar' })).body).toEqual({ hasMistake: false, spellCheckerMatchList: [] });
  });
});

describe('10.17 intelligent case', () => {
  it('classifies a text into labelled intents with probabilities summing to at most 1', async () => {
    const res = await oiap('/oifde/rest/api/textClassification', { language: 'en_US', text: 'please call me back later' });
    expect(res.body.results[0]).toEqual({ label: 'Banking → Request a callback', probability: expect.any(Number) });
    const sum = res.body.results.reduce((a: number, r: { probability: number }) => a + r.probability, 0);
    expect(sum).toBeLessThanOrEqual(1.000001);
    expect((await other('/oifde/rest/api/textClassification', { language: 'en_US', text: 'please call me back' })).body.results).toEqual([]);
  });

  it('detects system and environment entities with character offsets', async () => {
    const sentence = 'Call 13912345678 or mail bob@example.com before 2026-02-03, it costs 5 dollars';
    const res = await oiap('/oifde/rest/api/entityDetection', { language: 'en_US', sentence });
    const by = (c: string) => res.body.entityMsgV2List.find((e: { citation: string }) => e.citation === c);
    expect(res.body.count).toBe(res.body.entityMsgV2List.length);
    expect(by('@system.any')).toMatchObject({ beginIndex: 0, endIndex: sentence.length, envEntity: false, type: -1 });
    expect(by('@system.env.date').values).toMatchObject({ '@system.env.date': '2026-01-05', '@system.env.date.yyyyMM': '202601' });
    expect(by('@system.env.time').values['@system.env.time']).toBe('08:00');
    expect(by('@system.phone')).toMatchObject({ beginIndex: 5, endIndex: 16, values: { '@system.phone': '13912345678' } });
    expect(by('@system.email').values['@system.email']).toBe('bob@example.com');
    expect(by('@system.date').values['@system.date']).toBe('2026-02-03');
    expect(by('@system.money').values['@system.money']).toBe('5');
  });
});
