// Goal: createSkill (§5.2.1) answers the documented example, enforces every rule of Table 5-45
// and its skillParam cross-field rules, persists the queue in the token's tenant only. Method: a
// whole server on the demo tenant plus a second tenant, driven through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from './tenant-fixture.test-support.ts';

const base = '/apiaccess/rest/cc-management/v1/skill';
const release = { transferType: 'Release' };
const voiceParam = { noAgents: release, busy: release, answerFunction: '2', timeOut: release, waitVoice: { parameterType: 'Voice' } };

/** The documented request (ref L4123–4160), joined across its page break. */
const documentedRequest = {
  mediaTypeId: 5,
  description: 'ccfdc',
  name: 'dddpodfst',
  maxWaitTime: 30,
  maxWaitNum: 100,
  maxAgentWrapupTime: 5,
  skillParam: {
    noAgents: { deviceType: '1', transferType: 'Transfer', value: 2 },
    busy: { deviceType: '1', transferType: 'Transfer', value: 1 },
    answerFunction: '0',
    timeOut: { deviceType: '1', transferType: 'Transfer', value: 1 },
    waitVoice: { parameterType: 'Voice' },
  },
};

const voiceSkill = (name: string, extra: Record<string, unknown> = {}) => ({
  mediaTypeId: 5,
  description: `${name} queue`,
  name,
  maxWaitTime: 60,
  maxWaitNum: 10,
  maxAgentWrapupTime: 5,
  skillParam: voiceParam,
  ...extra,
});

let app: TestApp;
let call: ReturnType<typeof c1>;
beforeEach(async () => {
  app = await createTestApp();
  call = c1(app, await bearerToken(app));
});
afterEach(async () => {
  await app.close();
});

const create = (body: unknown) => call(`${base}/createSkill`, body);
const query = (body: unknown = {}) => call(`${base}/querySkills`, body);

async function expectRefused(body: unknown, description: RegExp) {
  const res = await create(body);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ returnCode: '1', description: expect.stringMatching(description) });
}

describe('5.2.1 createSkill', () => {
  it('answers the documented example with the new id as a string', async () => {
    // Skills 3 and 4 first, so that the example's queue gets the documented id 5.
    expect((await create(voiceSkill('first'))).body).toEqual({ returnCode: '0', description: 'Create Skill successfully', skillId: '3' });
    expect((await create(voiceSkill('second'))).body.skillId).toBe('4');
    const res = await create(documentedRequest);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', skillId: '5', description: 'Create Skill successfully' });
  });

  it('persists the queue with its policies in the documented query form', async () => {
    await create(documentedRequest);
    const res = await query({ name: 'dddpodfst' });
    expect(res.body.data).toEqual([
      {
        skillId: 3,
        maxAgentWrapupTime: 5,
        maxWaitTime: 30,
        name: 'dddpodfst',
        mediaTypeId: 5,
        description: 'ccfdc',
        maxWaitNum: 100,
        skillParam: documentedRequest.skillParam,
      },
    ]);
  });

  it('accepts numbers as strings, lower-case policies, blank targets on Release and the l/I slip', async () => {
    const res = await create({
      mediaTypeld: '19',
      description: 'video',
      name: 'Video VIP',
      maxWaitTime: '600',
      maxWaitNum: '0',
      'maxAgentWrapup Time': '3600',
      skillParam: { noAgents: { transferType: 'release', deviceType: '', value: null }, busy: { transferType: 'Transfer', deviceType: 3, value: '1' }, timeOut: release, answerFunction: 0, waitVoice: { parameterType: 'IVR', id: 1 } },
    });
    expect(res.body, res.text).toMatchObject({ returnCode: '0', skillId: '3' });
    const [skill] = (await query({ skillIds: ['3'] })).body.data;
    expect(skill).toMatchObject({ mediaTypeId: 19, maxWaitNum: 0, maxAgentWrapupTime: 3600 });
    // waitVoice of an IVR reports the flow's access code as `value` (ref L4423).
    expect(skill.skillParam).toEqual({
      noAgents: release,
      busy: { deviceType: '3', transferType: 'Transfer', value: 1 },
      answerFunction: '0',
      timeOut: release,
      waitVoice: { parameterType: 'IVR', value: '8001', id: '1' },
    });
  });

  it('takes only the three policies for multimedia and click-to-dial queues', async () => {
    const chatParam = { noAgents: release, busy: { deviceType: '1', transferType: 'Transfer', value: 2 }, timeOut: release };
    for (const mediaTypeId of [53, 2, 18]) {
      const res = await create({ ...voiceSkill(`media${mediaTypeId}`), mediaTypeId, skillParam: chatParam });
      expect(res.body.returnCode, `media ${mediaTypeId}`).toBe('0');
    }
    await expectRefused({ ...voiceSkill('chat1'), mediaTypeId: 53, skillParam: { ...chatParam, answerFunction: '0' } }, /answerFunction is not available for mediaTypeId 53/);
    await expectRefused({ ...voiceSkill('chat2'), mediaTypeId: 2, skillParam: { ...chatParam, waitVoice: { parameterType: 'Voice' } } }, /waitVoice is not available for mediaTypeId 2/);
  });

  it('refuses a multimedia queue that overflows to an IVR flow', async () => {
    const skillParam = { noAgents: release, busy: release, timeOut: { deviceType: '3', transferType: 'Transfer', value: 1 } };
    await expectRefused({ ...voiceSkill('web'), mediaTypeId: 53, skillParam }, /skillParam.timeOut: a multimedia skill queue \(mediaTypeId 53\) can only overflow to a skill queue/);
  });

  it('enforces the ranges and lengths of Table 5-45', async () => {
    await expectRefused(voiceSkill('a', { maxWaitTime: 60001 }), /maxWaitTime must be <= 60000/);
    await expectRefused(voiceSkill('a', { maxWaitNum: 10001 }), /maxWaitNum must be <= 10000/);
    await expectRefused(voiceSkill('a', { maxAgentWrapupTime: 3601 }), /maxAgentWrapupTime must be <= 3600/);
    await expectRefused(voiceSkill('a', { maxWaitTime: -1 }), /maxWaitTime must be >= 0/);
    await expectRefused(voiceSkill('a', { maxWaitNum: 1.5 }), /maxWaitNum must be integer/);
    await expectRefused(voiceSkill('x'.repeat(21)), /name must NOT have more than 20 characters/);
    await expectRefused(voiceSkill('a', { description: '描'.repeat(51) }), /description must NOT have more than 50 characters/);
    expect((await create(voiceSkill('名'.repeat(20), { description: '描'.repeat(50) }))).body.returnCode).toBe('0');
  });

  it('requires every mandatory field', async () => {
    for (const field of ['mediaTypeId', 'description', 'name', 'maxWaitTime', 'maxWaitNum', 'maxAgentWrapupTime', 'skillParam']) {
      const body: Record<string, unknown> = voiceSkill('complete');
      delete body[field];
      await expectRefused(body, new RegExp(`${field} is mandatory`));
    }
    await expectRefused(voiceSkill('a', { skillParam: { busy: release, timeOut: release, answerFunction: '0', waitVoice: { parameterType: 'Voice' } } }), /skillParam.noAgents is mandatory/);
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, busy: {} } }), /skillParam.busy.transferType is mandatory/);
    await expectRefused(voiceSkill('a', { description: '  ' }), /description must not be empty/);
    await expectRefused(voiceSkill('  '), /name must not be empty/);
  });

  it('refuses the forbidden characters of a name', async () => {
    for (const character of ['`', '~', '!', '#', '$', '%', '^', '&', '*', '(', ')', '+', '=', '{', '}', "'", ';', '<', '>', '/', '?', '\t', '\n', '＃', '…']) {
      await expectRefused(voiceSkill(`a${character}b`), /name must not contain/);
    }
    for (const name of ['Voice VIP', 'voice_2', 'a-b.c@d', '语音队列']) expect((await create(voiceSkill(name))).body.returnCode, name).toBe('0');
  });

  it('refuses an unknown media type and a name already used in the tenant', async () => {
    await expectRefused(voiceSkill('a', { mediaTypeId: 6 }), /mediaTypeId 6 is not supported/);
    await expectRefused(voiceSkill('VOICE'), /a skill queue named "VOICE" already exists/);
  });

  it('requires answerFunction and waitVoice for voice and video queues, with their values', async () => {
    const { answerFunction: _a, ...withoutAnswer } = voiceParam;
    const { waitVoice: _w, ...withoutWait } = voiceParam;
    await expectRefused(voiceSkill('a', { skillParam: withoutAnswer }), /skillParam.answerFunction is mandatory for mediaTypeId 5/);
    await expectRefused(voiceSkill('a', { mediaTypeId: 19, skillParam: withoutWait }), /skillParam.waitVoice is mandatory for mediaTypeId 19/);
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, answerFunction: '1' } }), /answerFunction must be "0" .* or "2"/);
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, waitVoice: { parameterType: 'Music' } } }), /parameterType must be Voice or IVR/);
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, waitVoice: { parameterType: 'IVR' } } }), /waitVoice.id is mandatory when parameterType is IVR/);
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, waitVoice: { parameterType: 'Voice', id: '1' } } }), /waitVoice.id must be empty when parameterType is Voice/);
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, waitVoice: { parameterType: 'IVR', id: '9' } } }), /IVR flow "9" does not exist/);
  });

  it('checks each overflow policy: type, target presence, device type and existence', async () => {
    const withBusy = (busy: unknown) => voiceSkill('a', { skillParam: { ...voiceParam, busy } });
    await expectRefused(withBusy({ transferType: 'Forward' }), /skillParam.busy.transferType must be Release or Transfer/);
    await expectRefused(withBusy({ transferType: 'Release', deviceType: '1', value: 2 }), /busy: deviceType and value must be empty when transferType is Release/);
    await expectRefused(withBusy({ transferType: 'Transfer', deviceType: '1' }), /busy: deviceType and value are mandatory when transferType is Transfer/);
    await expectRefused(withBusy({ transferType: 'Transfer', value: 2 }), /deviceType and value are mandatory/);
    await expectRefused(withBusy({ transferType: 'Transfer', deviceType: '2', value: 2 }), /busy.deviceType must be "1" \(skill queue\) or "3" \(IVR\)/);
    await expectRefused(withBusy({ transferType: 'Transfer', deviceType: '1', value: 'two' }), /busy.value must be a positive integer/);
    await expectRefused(withBusy({ transferType: 'Transfer', deviceType: '1', value: 99 }), /busy: skill queue 99 does not exist/);
    await expectRefused(withBusy({ transferType: 'Transfer', deviceType: '3', value: 99 }), /busy: IVR flow 99 does not exist/);
  });

  it('keeps tenants apart: ids, names and overflow targets are per tenant', async () => {
    const video = await addTenant(app);
    // The demo tenant has no skill 3 yet; the video tenant's skills are invisible to it.
    await expectRefused(voiceSkill('a', { skillParam: { ...voiceParam, busy: { transferType: 'Transfer', deviceType: '1', value: 3 } } }), /skill queue 3 does not exist/);
    const videoSkill = await video(`${base}/createSkill`, voiceSkill('Voice'));
    expect(videoSkill.body).toEqual({ returnCode: '0', description: 'Create Skill successfully', skillId: '2' });
    expect((await create(voiceSkill('mine'))).body.skillId).toBe('3');
    expect((await query()).body.data.map((s: { name: string }) => s.name)).toEqual(['Voice', 'Chat', 'mine']);
    expect((await video(`${base}/querySkills`, {})).body.data.map((s: { name: string }) => s.name)).toEqual(['defaultVideoSkill', 'Voice']);
  });

  it('refuses a request without a valid token with 401', async () => {
    const res = await app.request({ method: 'POST', url: `${base}/createSkill`, body: documentedRequest });
    expect(res.status).toBe(401);
    expect(res.body.returnCode).toBe('1');
  });
});
