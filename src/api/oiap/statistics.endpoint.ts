import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { longInteger } from '../../http/integer-bounds.ts';
import { callStatistics, chatbotReport, hotspots, knowledgeHits, reportWindow, type SessionFacts, type TurnFacts } from '../../domain/chatbot/index.ts';
import type { ApiServices } from '../services.ts';
import { oiapArrayEnvelope, oiapPayloadEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant, tenantIdField } from './oiap-tenant.ts';

const errors = ['900001', '900002', '10000002'];
const dayMs = 86_400_000;

/** Sessions and turns of the tenant whose session started in [fromMs, toMs) (turns by session). */
async function facts(services: ApiServices, vdnId: number, fromMs: number, toMs: number, accessCode?: string) {
  const sessions = (await services.repos.oiapDialog.sessionsBetween(vdnId, fromMs, toMs)).filter((s) => !accessCode || s.accessCode === accessCode);
  const codes = new Map(sessions.map((s) => [s.callId, s.accessCode]));
  const turns = (await services.repos.oiapDialog.turnsBetween(vdnId, fromMs, toMs)).filter((t) => codes.has(t.callId));
  const sessionFacts: SessionFacts[] = sessions.map((s) => ({ accessCode: s.accessCode, startedAtMs: Number(s.startedAtMs), interactCount: s.interactCount, transferred: s.transferred === 1, endedInIvr: s.endedInIvr === 1, interfaceRequests: s.interfaceRequests, interfaceSuccesses: s.interfaceSuccesses, feedback: s.feedback }));
  const turnFacts: TurnFacts[] = turns.map((t) => ({ accessCode: codes.get(t.callId)!, replyAtMs: Number(t.replyAtMs), hitKind: t.hitKind, hitName: t.hitName }));
  return { sessions: sessionFacts, turns: turnFacts };
}

const accessReportBody = Type.Object({ type: Type.Union([Type.Literal('hour'), Type.Literal('day')]), tenantId: tenantIdField, accessCode: Type.String({ minLength: 1, maxLength: 32 }), timestamp: longInteger({ minimum: 0 }), authToken: Type.Optional(authTokenField) });

type Window = ReturnType<typeof reportWindow>;
type Facts = Awaited<ReturnType<typeof facts>>;

/** 10.15.1 and 10.15.2 share their request and their row head: time, tenant, access code. */
function accessCodeReport(section: string, name: string, summary: string, rows: (f: Facts, w: Window) => { recordTime: number }[], typeFirst: boolean) {
  return defineEndpoint({
    section,
    name,
    summary,
    method: 'POST',
    path: `/oifde/rest/api/${name}`,
    auth: 'C3',
    envelope: oiapArrayEnvelope,
    body: accessReportBody,
    errors,
    async handler({ body, auth, services }) {
      const tenant = oiapTenant(auth, body.tenantId);
      const w = reportWindow(body.type, body.timestamp);
      const found = await facts(services, tenant.vdnId, w.fromMs, w.toMs, body.accessCode);
      const head = { tenantId: tenant.tenantId, accessCode: body.accessCode };
      // The examples put `type` last in 10.15.1 and after the access code in 10.15.2.
      return { items: rows(found, w).map(({ recordTime, ...r }) => (typeFirst ? { recordTime, ...head, type: body.type, ...r } : { recordTime, ...head, ...r, type: body.type })) };
    },
  });
}

/** CEC §10.15.1 (ref L37127–37220): call KPIs of a chatbot access code per hour of a day or per day of 30. */
export const callStatisticsReport = accessCodeReport('10.15.1', 'queryCallStatisticsReport', 'Call statistics of a chatbot access code', (f, w) => callStatistics(f.sessions, w.stepMs), false);

/** CEC §10.15.2 (ref L37222–37306): replies, unknown replies and satisfaction of a chatbot. */
export const chatbotReportEndpoint = accessCodeReport('10.15.2', 'queryChatbotReport', 'Reply and satisfaction statistics of a chatbot', (f, w) => chatbotReport(f.turns, f.sessions, w.stepMs), true);

const knowledgeBody = Type.Object({ type: Type.Union([Type.Literal('day'), Type.Literal('month')]), tenantId: tenantIdField, timestamp: Type.Optional(longInteger({ minimum: 0 })), authToken: Type.Optional(authTokenField) });

/** The window of 10.15.3/10.15.4: the day, or the 30 days ending one day after it (ref L37324). */
function knowledgeWindow(type: 'day' | 'month', timestamp: number) {
  const day = Math.floor(timestamp / dayMs) * dayMs;
  return type === 'day' ? { fromMs: day, toMs: day + dayMs } : { fromMs: day + dayMs - 30 * dayMs, toMs: day + dayMs };
}

/** CEC §10.15.3 (ref L37308–37435): configured knowledge and what of it was hit. */
export const knowledgeReport = defineEndpoint({
  section: '10.15.3',
  name: 'queryKnowledgeReport',
  summary: 'Knowledge statistics: Q&As and intents configured and hit',
  method: 'POST',
  path: '/oifde/rest/api/queryKnowledgeReport',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: knowledgeBody,
  errors,
  gaps: 'talkCount and the chit-chat figures are 0: there is no chit-chat corpus',
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const groups = await services.repos.oiapFaq.groups(tenant.vdnId);
    const qaCount = (await services.repos.oiapFaq.faqs(tenant.vdnId, groups.map((g) => g.groupId))).length;
    const intentCount = (await services.repos.oiapConfig.intents(tenant.vdnId)).length;
    const totals = { tenantId: tenant.tenantId, qaCount, intentCount, talkCount: 0 };
    if (body.timestamp === undefined) return totals;
    const w = knowledgeWindow(body.type, body.timestamp);
    const { turns } = await facts(services, tenant.vdnId, w.fromMs, w.toMs);
    const qa = knowledgeHits(turns, 'faq');
    const intents = knowledgeHits(turns, 'intent');
    return { ...totals, recordTime: body.timestamp, type: body.type, effectiveQaCount: qa.distinct, effectiveIntentCount: intents.distinct, effectiveTalkCount: 0, effectiveQaSum: qa.sum, effectiveIntentSum: intents.sum, effectiveTalkSum: 0, qaList: qa.top, intentList: intents.top };
  },
});

/** CEC §10.15.4 (ref L37437–37538): the ten most used chatbot access codes. */
export const chatbotHotspots = defineEndpoint({
  section: '10.15.4',
  name: 'queryChatbotHotspotData',
  summary: 'Top 10 chatbots by sessions',
  method: 'POST',
  path: '/oifde/rest/api/queryChatbotHotspotData',
  auth: 'C3',
  envelope: oiapArrayEnvelope,
  body: Type.Object({ type: Type.Union([Type.Literal('day'), Type.Literal('month')]), tenantId: tenantIdField, timestamp: longInteger({ minimum: 0 }), authToken: Type.Optional(authTokenField) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const w = knowledgeWindow(body.type, body.timestamp);
    const { sessions } = await facts(services, tenant.vdnId, w.fromMs, w.toMs);
    return { items: hotspots(sessions) };
  },
});
