// Goal: 5.4.5 accepts the reference's own example, checks every rule of a template, stores its
// parsed variables so that voice notifications can fill it, and keeps tenants apart. Method: a
// whole server on a virtual clock (never advanced here, so no review callback leaves the host).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillTemplate, renderTemplate, type TemplateVariable } from '../../domain/voice/index.ts';
import { voiceTemplateLocation } from '../../services/voice-assets/index.ts';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addTenant, createVoiceTestApp, demoCaller, otherTenant } from './config-ivr.test-support.ts';

const path = '/apiaccess/rest/cc-management/v1/createVoiceTemplate';
/** The reference's example request, verbatim (ref L6667–6680). */
const referenceExample = {
  name: 'ctest1',
  scene: '3',
  volume: 0,
  speed: 50,
  voicename: 'cn_kefuman_cn',
  callBackUrl: 'http://10.134.227.74:18133/upload',
  voicecontent: { language: 'en_US', textcontent: 'test' },
};

let app: TestApp;
let call: Awaited<ReturnType<typeof demoCaller>>;
beforeEach(async () => {
  app = await createVoiceTestApp();
  call = await demoCaller(app);
});
afterEach(async () => {
  await app.close();
});

const create = (extra: Record<string, unknown> = {}, content: Record<string, unknown> = {}) =>
  call(path, { name: 'notice1', voicecontent: { language: 'en_US', textcontent: 'Hello', ...content }, ...extra });

describe('5.4.5 createVoiceTemplate', () => {
  it('accepts the reference example on a tenant that trusts its callback host, answering the documented shape', async () => {
    const tenant = await addTenant(app, otherTenant({ settings: { callbackTrustlist: ['http://10.134.227.74:18133'] } }));
    const res = await tenant(path, referenceExample);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', description: 'The file is uploaded successfully.', templateId: expect.stringMatching(/^\d{19}$/) });
    const row = await app.services.repos.voiceAssets.findTemplate(7, res.body.templateId);
    expect(row).toMatchObject({
      name: 'ctest1', scene: '3', volume: 0, speed: 50, voicename: 'cn_kefuman_common', textcontent: 'test', language: 'en_US',
      variables: '[]', reviewStatus: 'pending', callbackUrl: 'http://10.134.227.74:18133/upload',
    });
  });

  it('refuses the same example where its callback host is not in the trustlist (the demo tenant)', async () => {
    expect((await call(path, referenceExample)).body).toEqual({ returnCode: '1', description: 'callbackUrl is not in the IVR voice upload callback URL trustlist' });
  });

  it('stores the parsed variables, and voice notifications can fill the template with them', async () => {
    const text = 'Dear ${TXT_8}, your initial password is ${NUM_6}.';
    const res = await create({}, { textcontent: text });
    const row = await app.services.repos.voiceAssets.findTemplate(1, res.body.templateId);
    const variables = JSON.parse(row!.variables) as TemplateVariable[];
    expect(variables).toEqual([
      { kind: 'TXT', maxLen: 8, start: 5, end: 13 },
      { kind: 'NUM', maxLen: 6, start: 40, end: 48 },
    ]);
    const filled = fillTemplate(variables, ['Ann', '123456']);
    expect(filled.ok && renderTemplate(row!.textcontent, variables, filled.values)).toBe('Dear Ann, your initial password is 123456.');
    expect(fillTemplate(variables, ['Ann'])).toMatchObject({ ok: false, rejection: { tag: 'ParamCountMismatch' } });
  });

  it('keeps the template text as a file at the address its review callback reports', async () => {
    const res = await create({}, { textcontent: '您好，您的快递已到达${TXT_10}。' });
    const location = voiceTemplateLocation(app.services.settings.dataDir, 1, res.body.templateId);
    expect(location.fileUrl).toBe(`Y:/IVR/1/voice/3/${res.body.templateId}.txt`);
    expect(fs.readFileSync(location.storagePath, 'utf8')).toBe('您好，您的快递已到达${TXT_10}。');
  });

  it('applies the documented defaults when optional fields are absent or blank', async () => {
    for (const extra of [{}, { speed: null, volume: null, voicename: '', scene: '' }, { speed: '', volume: '' }]) {
      const res = await create(extra);
      expect(await app.services.repos.voiceAssets.findTemplate(1, res.body.templateId)).toMatchObject({ scene: '3', speed: 0, volume: 50, voicename: 'cn_kefuman_common' });
    }
  });

  it('reads callbackUrl in both documented spellings', async () => {
    for (const key of ['callbackUrl', 'callBackUrl']) {
      const res = await create({ [key]: 'http://127.0.0.1:18133/upload' });
      expect((await app.services.repos.voiceAssets.findTemplate(1, res.body.templateId))?.callbackUrl).toBe('http://127.0.0.1:18133/upload');
    }
  });

  it('refuses each broken rule with returnCode "1" and a description naming it', async () => {
    const cases: Array<[Record<string, unknown>, Record<string, unknown>, RegExp]> = [
      [{ name: undefined }, {}, /name/],
      [{ name: 'my template' }, {}, /name may contain only Chinese characters, letters and digits/],
      [{ name: 'x'.repeat(51) }, {}, /name/],
      [{ scene: '2' }, {}, /scene must be 3/],
      [{ speed: -201 }, {}, /speed/],
      [{ speed: 501 }, {}, /speed/],
      [{ volume: 101 }, {}, /volume/],
      [{ voicename: 'cn_robot_common' }, {}, /voicename must be one of cn_kefuman_common/],
      [{ voicecontent: undefined }, {}, /voicecontent/],
      [{}, { textcontent: '' }, /textcontent must not be empty/],
      [{}, { textcontent: '好'.repeat(167) }, /textcontent is 501 bytes; the maximum is 500 bytes/],
      [{}, { textcontent: '${TXT_5}, hello' }, /must not start with a variable/],
      [{}, { textcontent: 'Code ${NUM_33}' }, /a variable holds 1 to 32 bytes/],
      [{}, { textcontent: 'Hi ${NAME}' }, /unknown variable \$\{NAME\}/],
      [{}, { textcontent: 'Come at ${TIME}, ${DATE}' }, /must be separated by " on "/],
      [{}, { language: 'de_DE' }, /language must be one of/],
      [{ callbackUrl: 'http://127.0.0.1.example.com/cb' }, {}, /trustlist/],
    ];
    for (const [extra, content, description] of cases) {
      const res = await create(extra, content);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ returnCode: '1', description: expect.stringMatching(description) });
    }
    expect(await app.services.repos.voiceAssets.listTemplates(1)).toEqual([]);
  });

  it("keeps each tenant's templates apart", async () => {
    const other = await addTenant(app);
    const mine = await create();
    const theirs = await other(path, { name: 'theirs', voicecontent: { language: 'zh_CN', textcontent: '你好' } });
    expect((await app.services.repos.voiceAssets.listTemplates(1)).map((t) => t.templateId)).toEqual([mine.body.templateId]);
    expect((await app.services.repos.voiceAssets.listTemplates(7)).map((t) => t.templateId)).toEqual([theirs.body.templateId]);
    expect((await other(`/opencec/v1/voice-reviews/${mine.body.templateId}`, { status: '2' })).status).toBe(404);
  });
});
