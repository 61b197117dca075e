import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { chatBotOf, findSession, ratedCallOf } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope } from './chat-envelope.ts';

/**
 * CEC §11.20 getsatisfactionsurveymode (ref L41216–41342): the tenant's survey type and levels
 * (tenant file `settings.chat.satisfactionSurvey`, the reference's five levels by default).
 */
export const getSatisfactionSurveyMode = defineEndpoint({
  section: '11.20',
  name: 'getsatisfactionsurveymode',
  summary: 'Querying the satisfaction survey mode',
  method: 'POST',
  path: '/apiaccess/ccmessaging/getsatisfactionsurveymode',
  auth: 'C1',
  envelope: chatEnvelope,
  invalidParameterCode: '13',
  response: Type.Object({ satisfactionSurvey: Type.Object({ surveyType: Type.String(), satisfactionLevel: Type.Array(Type.Object({ satisfactionLevelKey: Type.String(), satisfactionLevelDesc: Type.String() })) }) }),
  errors: ['13'],
  async handler(ctx) {
    const { engine } = await chatCaller(ctx, '13');
    const survey = engine.config.chat?.satisfactionSurvey;
    if (!survey) throw new CecError('13', 'Failed to query the satisfaction survey mode.');
    return { resultDesc: 'Get satisfaction survey mode success!', satisfactionSurvey: { surveyType: survey.surveyType, satisfactionLevel: [...survey.satisfactionLevel] } };
  },
});

/**
 * CEC §11.4 saveSatisfaction (ref L39395–39488): the customer rates its current or last chat with
 * one of the configured levels and a comment (≤ 512). The evaluation is kept with the call, where
 * 5.4.3 satisfaction queries read it (channel WEB); a chat is rated once (decision 1106).
 */
export const saveSatisfaction = defineEndpoint({
  section: '11.4',
  name: 'saveSatisfaction',
  summary: 'Saving satisfaction evaluation',
  method: 'POST',
  path: '/apiaccess/ccmessaging/saveSatisfaction',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({
    channel: Type.String({ minLength: 1, maxLength: 16 }),
    userId: Type.String({ minLength: 1, maxLength: 32 }),
    evaluation: Type.Union([Type.String({ minLength: 1, maxLength: 8 }), Type.Integer()]),
    comment: Type.String({ maxLength: 512 }),
    channelConfigId: Type.Optional(Type.String({ maxLength: 64 })),
  }),
  invalidParameterCode: '13',
  response: Type.Object({}),
  errors: ['13'],
  async handler(ctx) {
    const { body, services } = ctx;
    const { vdnId, grant, engine } = await chatCaller(ctx, '13');
    const evaluation = String(body.evaluation);
    const levels = engine.config.chat?.satisfactionSurvey.satisfactionLevel ?? [];
    if (body.userId !== grant.userId || !levels.some((l) => l.satisfactionLevelKey === evaluation)) throw new CecError('13', 'Save satisfaction failed.');
    const callId = engine.run(() => ratedCallOf(engine, grant.channelId, grant.userId));
    if (!callId) throw new CecError('13', 'The callIdString obtained failed!');
    if (await services.repos.chat.findSatisfaction(vdnId, callId)) throw new CecError('13', 'Save satisfaction failed.');
    const atMs = services.clock.now();
    await services.repos.chat.insertSatisfaction({ id: services.ids.next(), vdnId, callId, channelId: grant.channelId, userId: grant.userId, evaluation, comment: body.comment, atMs });
    services.cti.records.satisfaction(vdnId, callId, evaluation, grant.userId, atMs, 'WEB');
    await services.cti.records.flushed();
    return { resultDesc: 'Save satisfaction success!' };
  },
});

/**
 * CEC §11.15 feedbacksatisfaction (ref L40621–40712): thumbs up (1) or down (0, with a reason ≤ 64)
 * on a chatbot reply (`interIdx`). Only a session with the bot may rate (3000000019).
 */
export const feedbackSatisfaction = defineEndpoint({
  section: '11.15',
  name: 'feedbacksatisfaction',
  summary: 'Evaluating chatbot answers',
  method: 'POST',
  path: '/apiaccess/ccmessaging/v1/robot/feedbacksatisfaction',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({
    feedback: Type.Union([Type.Integer({ minimum: 0, maximum: 1 }), Type.String({ maxLength: 1 })]),
    feedbackContent: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(Type.String({ maxLength: 64 })),
    interIdx: Type.Optional(Type.String({ maxLength: 32 })),
  }),
  invalidParameterCode: '30010009999',
  response: Type.Object({}),
  errors: ['1001000001', '3000000019', '3000000008', '30010009999'],
  gaps: '1001000002 (flow control) is not applied',
  async handler(ctx) {
    const { body } = ctx;
    const { engine, grant } = await chatCaller(ctx, '1001000001');
    const session = findSession(engine, grant.channelId, grant.userId);
    const bot = chatBotOf(engine);
    if (!session || session.state !== 'robot' || !bot) throw new CecError('3000000019', 'The current session is not a chatbot session.');
    const satisfied = String(body.feedback) === '1';
    if (!satisfied && !body.feedbackContent) throw new CecError('3000000008', 'The feedbackContent is mandatory when the answer is unsatisfactory.');
    engine.run(() => bot.feedback?.(session, body.interIdx ?? String(session.interIdx), satisfied, body.feedbackContent ?? ''));
    return { resultDesc: 'success' };
  },
});
