import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { faqGroupView, faqRow, faqView, requireGroup, type FaqElementInput } from '../../services/chatbot/faq-config.ts';
import type { ApiServices } from '../services.ts';
import type { OiapTenant } from './oiap-tenant.ts';
import { oiapPayloadEnvelope, oiapStringCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, notExist, oiapTenant, page, tenantIdField } from './oiap-tenant.ts';
import { FaqElementModel } from './faq-fields.ts';

const errors = ['900001', '900002', '10000002', '10000003'];

/** The group as the mutation replies carry it (`faqGroupModel`, Table 10-63). */
async function groupModel(services: ApiServices, tenant: OiapTenant, groupId: number) {
  const group = await requireGroup(services.repos, tenant.vdnId, groupId);
  const counts = await services.repos.oiapFaq.counts(tenant.vdnId);
  return faqGroupView(group, tenant.tenantId, counts.get(groupId) ?? 0);
}

/** Creates (`id` undefined) or replaces a Q&A, then retrains the tenant's FAQ model. */
function writeFaq(services: ApiServices, tenant: OiapTenant, model: FaqElementInput, id: number | undefined) {
  return services.tenantLocks.run(`oiap-faq:${tenant.vdnId}`, async () => {
    const { repos } = services;
    await requireGroup(repos, tenant.vdnId, model.faqGroupId);
    if (id !== undefined && !(await repos.oiapFaq.faq(tenant.vdnId, id))) throw notExist(`Q&A ${id} does not exist`);
    const faqId = id ?? (await repos.idCounters.next(`oiap-faq:${tenant.vdnId}`, 10000));
    const row = faqRow(tenant.vdnId, faqId, model, services.clock.now());
    if (id === undefined) await repos.oiapFaq.insertFaq(row);
    else {
      const { vdnId: _v, faqId: _f, ...patch } = row;
      await repos.oiapFaq.updateFaq(tenant.vdnId, faqId, patch);
    }
    await repos.oiapFaq.updateGroup(tenant.vdnId, row.groupId, { updatedAtMs: row.updatedAtMs });
    services.chatbot.nlu.invalidate(tenant.vdnId);
    return { faqGroupModel: await groupModel(services, tenant, row.groupId), faqModel: faqView(row) };
  });
}

/** CEC §10.9.6 (ref L35938–36036): Q&As of a group, filtered by question text, paged. */
export const queryFaqs = defineEndpoint({
  section: '10.9.6',
  name: 'faq/query',
  summary: 'Query the Q&As of an FAQ group',
  method: 'POST',
  path: '/oifde/rest/api/faq/query',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    faqGroupId: Type.Integer(),
    name: Type.Optional(Type.String({ maxLength: 8192 })),
    pageNum: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 1000 }),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ data: Type.Array(Type.Object({})), totalSize: Type.Integer() }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    await requireGroup(services.repos, tenant.vdnId, body.faqGroupId);
    const rows = await services.repos.oiapFaq.faqs(tenant.vdnId, [body.faqGroupId], body.name || undefined);
    return { data: page(rows, body.pageNum, body.pageSize).map(faqView), totalSize: rows.length };
  },
});

/** CEC §10.9.7 (ref L36038–36141): adds a Q&A (`id` -1) with similar statements and keywords. */
export const createFaq = defineEndpoint({
  section: '10.9.7',
  name: 'faq/create',
  summary: 'Create a Q&A',
  method: 'POST',
  path: '/oifde/rest/api/faq/create',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, model: FaqElementModel, authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ faqGroupModel: Type.Object({}), faqModel: Type.Object({}) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    return writeFaq(services, tenant, body.model, undefined);
  },
});

/** CEC §10.9.8 (ref L36143–36246): replaces a Q&A whole (similar statements and keywords too). */
export const updateFaq = defineEndpoint({
  section: '10.9.8',
  name: 'faq/update',
  summary: 'Modify a Q&A',
  method: 'POST',
  path: '/oifde/rest/api/faq/update',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, model: Type.Composite([FaqElementModel, Type.Object({ id: Type.Integer() })]), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ faqGroupModel: Type.Object({}), faqModel: Type.Object({}) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    return writeFaq(services, tenant, body.model, body.model.id);
  },
});

/** CEC §10.9.9 (ref L36248–36295): deletes Q&As of a group by id. */
export const deleteFaqs = defineEndpoint({
  section: '10.9.9',
  name: 'faq/delete',
  summary: 'Delete Q&As',
  method: 'POST',
  path: '/oifde/rest/api/faq/delete',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, faqGroupId: Type.Integer(), faqIds: Type.Array(Type.Integer(), { minItems: 1, maxItems: 1000 }), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ faqGroupModel: Type.Object({}) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    await requireGroup(services.repos, tenant.vdnId, body.faqGroupId);
    await services.repos.oiapFaq.deleteFaqs(tenant.vdnId, body.faqGroupId, body.faqIds);
    await services.repos.oiapFaq.updateGroup(tenant.vdnId, body.faqGroupId, { updatedAtMs: services.clock.now() });
    services.chatbot.nlu.invalidate(tenant.vdnId);
    return { faqGroupModel: await groupModel(services, tenant, body.faqGroupId) };
  },
});
