// Goal: the tenant file's surveys and knowledge base are checked before anything is written: a
// repeated or dangling id, a jump to an unknown question, an SIA jwt of another tenant, and a
// knowledge tree that relates to unknown entries refuse the whole tenant. Method: provisioning
// on a test server, then reading what was (not) stored.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { otherTenant } from '../api/config-ivr/config-ivr.test-support.ts';
import { provisionTenant, TenantSpecError, type TenantSpec } from './index.ts';

let app: TestApp;
afterEach(async () => app.close());

const essay = { questionId: 'q1', questionType: 'essay' as const, content: 'Why?' };

describe('tenant file surveys and knowledge', () => {
  it.each<[string, Partial<TenantSpec>, string]>([
    ['a repeated survey', { surveys: [{ surveyId: 's', name: 'S', questions: [essay] }, { surveyId: 's', name: 'T', questions: [essay] }] }, 'survey s is listed twice'],
    ['a repeated question', { surveys: [{ surveyId: 's', name: 'S', questions: [essay, essay] }] }, 'survey s repeats a question id'],
    ['a jump to nowhere', { surveys: [{ surveyId: 's', name: 'S', questions: [{ ...essay, questionType: 'single', options: [{ optionId: 'o', content: 'O', nextQuestionId: 'q9' }] }] }] }, 'option o jumps to unknown question q9'],
    ['a relation to nowhere', { knowledge: { tree: [{ name: 'E', kind: 'common', related: ['zz'] }] } }, 'knowledge: entry E relates to unknown entry zz'],
    ['another tenant SIA jwt', { knowledge: { sia: [{ domain: 'ccfsAppService', jwt: 'demo-sia-jwt' }] } }, 'knowledge: an SIA jwt belongs to another tenant'],
  ])('refuses %s and writes nothing', async (_, overrides, message) => {
    app = await createTestApp();
    await expect(provisionTenant(app.services, otherTenant(overrides))).rejects.toThrow(new TenantSpecError(`tenant file: ${message}`));
    expect(await app.services.repos.vdns.find(7)).toBeUndefined();
    expect(await app.services.repos.surveys.listSurveys(7)).toEqual([]);
  });

  it('stores a valid file survey and tree for the new tenant only', async () => {
    app = await createTestApp();
    await provisionTenant(app.services, otherTenant({ surveys: [{ surveyId: 's', name: 'S', questions: [essay] }], knowledge: { tree: [{ id: 'k', name: 'K', kind: 'category' }] } }));
    expect((await app.services.repos.surveys.listSurveys(7)).map((s) => s.surveyId)).toEqual(['s']);
    expect(await app.services.repos.knowledge.listIds(7)).toEqual(['k']);
    expect((await app.services.repos.surveys.listSurveys(1)).map((s) => s.surveyId)).toEqual(['987654321']);
  });
});
