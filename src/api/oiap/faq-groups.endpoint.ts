import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { assertGroupNameFree, faqGroupView, requireGroup } from '../../services/chatbot/faq-config.ts';
import { oiapPayloadEnvelope, oiapStringCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant, page, tenantIdField } from './oiap-tenant.ts';
import { FaqModel } from './faq-fields.ts';

const errors = ['900001', '900002', '10000002', '10000003', '10000004'];

/** CEC §10.9.1 (ref L35595–35691): the tenant's FAQ groups by language and name, paged. */
export const queryFaqGroups = defineEndpoint({
  section: '10.9.1',
  name: 'faqGroup/query',
  summary: 'Query FAQ groups',
  method: 'POST',
  path: '/oifde/rest/api/faqGroup/query',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    language: Type.Optional(Type.Union([languageField, Type.Literal('')])),
    name: Type.Optional(Type.String({ maxLength: 64 })),
    pageNum: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 1000 }),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ data: Type.Array(Type.Object({})), totalSize: Type.Integer() }),
  errors: errors.slice(0, 3),
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const rows = await services.repos.oiapFaq.groups(tenant.vdnId, { language: body.language || undefined, name: body.name || undefined });
    const counts = await services.repos.oiapFaq.counts(tenant.vdnId);
    return { data: page(rows, body.pageNum, body.pageSize).map((g) => faqGroupView(g, tenant.tenantId, counts.get(g.groupId) ?? 0)), totalSize: rows.length };
  },
});

/** CEC §10.9.2 (ref L35693–35759): creates a group (`id` -1), deactivated unless `on`. */
export const createFaqGroup = defineEndpoint({
  section: '10.9.2',
  name: 'faqGroup/create',
  summary: 'Create an FAQ group',
  method: 'POST',
  path: '/oifde/rest/api/faqGroup/create',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ model: FaqModel, authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ faqGroupModel: Type.Object({}) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.model.tenantId);
    const m = body.model;
    return services.tenantLocks.run(`oiap-faq:${tenant.vdnId}`, async () => {
      await assertGroupNameFree(services.repos, tenant.vdnId, m.name, m.language);
      const groupId = await services.repos.idCounters.next(`oiap-faq-group:${tenant.vdnId}`, 10000);
      const row = { vdnId: tenant.vdnId, groupId, name: m.name, description: m.description, language: m.language, enabled: m.on ? 1 : 0, updatedAtMs: services.clock.now() };
      await services.repos.oiapFaq.insertGroup(row);
      services.chatbot.nlu.invalidate(tenant.vdnId);
      return { faqGroupModel: faqGroupView(row, tenant.tenantId, 0) };
    });
  },
});

/** CEC §10.9.3 (ref L35761–35828): renames or redescribes a group; its language cannot change (ref L35788). */
export const updateFaqGroup = defineEndpoint({
  section: '10.9.3',
  name: 'faqGroup/update',
  summary: 'Modify an FAQ group',
  method: 'POST',
  path: '/oifde/rest/api/faqGroup/update',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ model: Type.Composite([FaqModel, Type.Object({ id: Type.Integer() })]), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ faqGroupModel: Type.Object({}) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.model.tenantId);
    const m = body.model;
    return services.tenantLocks.run(`oiap-faq:${tenant.vdnId}`, async () => {
      const group = await requireGroup(services.repos, tenant.vdnId, m.id);
      await assertGroupNameFree(services.repos, tenant.vdnId, m.name, group.language, group.groupId);
      const patch = { name: m.name, description: m.description, updatedAtMs: services.clock.now(), ...(m.on === undefined ? {} : { enabled: m.on ? 1 : 0 }) };
      await services.repos.oiapFaq.updateGroup(tenant.vdnId, group.groupId, patch);
      services.chatbot.nlu.invalidate(tenant.vdnId);
      const counts = await services.repos.oiapFaq.counts(tenant.vdnId);
      return { faqGroupModel: faqGroupView({ ...group, ...patch }, tenant.tenantId, counts.get(group.groupId) ?? 0) };
    });
  },
});

/** CEC §10.9.4 (ref L35830–35880): deletes groups with their Q&As; unknown ids are ignored. */
export const deleteFaqGroups = defineEndpoint({
  section: '10.9.4',
  name: 'faqGroup/delete',
  summary: 'Delete FAQ groups',
  method: 'POST',
  path: '/oifde/rest/api/faqGroup/delete',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, faqGroupIds: Type.Array(Type.Integer(), { minItems: 1, maxItems: 1000 }), authToken: Type.Optional(authTokenField) }),
  errors: errors.slice(0, 3),
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    await services.repos.oiapFaq.deleteGroups(tenant.vdnId, body.faqGroupIds);
    services.chatbot.nlu.invalidate(tenant.vdnId);
  },
});

/** CEC §10.9.5 (ref L35882–35936): activates or deactivates a group; `on` defaults to false (ref L35903). */
export const changeFaqGroupStatus = defineEndpoint({
  section: '10.9.5',
  name: 'faqGroup/changeStatus',
  summary: 'Activate or deactivate an FAQ group',
  method: 'POST',
  path: '/oifde/rest/api/faqGroup/changeStatus',
  auth: 'C3',
  envelope: oiapStringCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, faqGroupId: Type.Integer(), on: Type.Optional(Type.Boolean()), authToken: Type.Optional(authTokenField) }),
  errors: errors.slice(0, 4),
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const group = await requireGroup(services.repos, tenant.vdnId, body.faqGroupId);
    await services.repos.oiapFaq.updateGroup(tenant.vdnId, group.groupId, { enabled: body.on ? 1 : 0, updatedAtMs: services.clock.now() });
    services.chatbot.nlu.invalidate(tenant.vdnId);
  },
});
