// Goal: the satisfaction queries read the survey configuration and results as 5.4.2 and 5.4.3
// describe them, including the configurations the interfaces' examples do not show. Method: the
// repositories of a whole test server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { findSatisfactionEvaluation, querySatisfactionSurvey } from './satisfaction-queries.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('querySatisfactionSurvey', () => {
  it('reports the survey flow by its 19-digit ivrId and access code', async () => {
    const flow = await app.services.repos.ivr.findFlow(1, 2);
    expect(await querySatisfactionSurvey(app.services.repos, 1)).toEqual({ enabled: true, data: [{ accessCode: '8002', channelType: 'audio', feedbackType: 'IVR', ivrId: flow!.ivrId }] });
  });

  it('reports an enabled survey whose flow is missing with no data, and an unknown tenant as disabled', async () => {
    await app.services.repos.ivr.upsertSatisfactionConfig({ vdnId: 1, enabled: 1, ivrFlowId: 99, feedbackType: 'IVR', channelType: 'audio' });
    expect(await querySatisfactionSurvey(app.services.repos, 1)).toEqual({ enabled: true, data: [] });
    await app.services.repos.ivr.upsertSatisfactionConfig({ vdnId: 1, enabled: 1, ivrFlowId: null, feedbackType: 'IVR', channelType: 'audio' });
    expect(await querySatisfactionSurvey(app.services.repos, 1)).toEqual({ enabled: true, data: [] });
    expect(await querySatisfactionSurvey(app.services.repos, 42)).toEqual({ enabled: false, data: [] });
  });
});

describe('findSatisfactionEvaluation', () => {
  it('returns the evaluation in the window, or an empty object', async () => {
    await app.services.repos.ivr.insertSatisfactionResult({ id: '1', vdnId: 1, callId: 'c', evaluationValue: '-2', channel: 'MSG', evaluationTimeMs: 500, customerNumber: null });
    expect(await findSatisfactionEvaluation(app.services.repos, 1, 'c', 0, 500)).toEqual({ channel: 'MSG', evaluationValue: '-2', evaluationTime: 500 });
    expect(await findSatisfactionEvaluation(app.services.repos, 1, 'c', 501, 900)).toEqual({});
    expect(await findSatisfactionEvaluation(app.services.repos, 2, 'c', 0, 900)).toEqual({});
  });
});
