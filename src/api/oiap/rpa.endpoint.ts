import { Type, type TSchema } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { longInteger } from '../../http/integer-bounds.ts';
import { fetchRpaTransport, relayToRpa } from '../../services/chatbot/rpa-proxy.ts';
import { oiapCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, invalid, oiapTenant, tenantIdField } from './oiap-tenant.ts';

const errors = ['900001', '900002', '10000001', '10000002'];
const gaps = 'a relay: the tenant setting rpaEndpoint names the GTS RPA controller; OpenCEC keeps no RPA jobs or queues itself';

function rpaRelay(section: string, name: string, summary: string, operation: string, body: TSchema, check?: (body: Record<string, unknown>) => void) {
  return defineEndpoint({
    section,
    name,
    summary,
    method: 'POST',
    path: `/oifde/rest/api/rpa/${operation}`,
    auth: 'C3',
    envelope: oiapCodeEnvelope,
    body,
    errors,
    gaps,
    async handler({ body, auth, services }) {
      const input = body as Record<string, unknown>;
      const tenant = oiapTenant(auth, input.tenantId as string | undefined);
      check?.(input);
      return relayToRpa(services.repos, fetchRpaTransport, tenant.vdnId, operation, { ...input, tenantId: tenant.tenantId });
    },
  });
}

const paging = { pageNo: Type.Optional(Type.Integer({ minimum: 1 })), pageSize: Type.Optional(Type.Integer({ enum: [5, 10, 20, 50] })) };

/** CEC §10.20.1 (ref L38180–38288). */
export const rpaQueryJob = rpaRelay('10.20.1', 'rpa/queryJob', 'RPA task list', 'queryJob', Type.Object({ tenantId: tenantIdField, ...paging, conditions: Type.Optional(Type.Object({ jobName: Type.Optional(Type.String({ maxLength: 128 })), status: Type.Optional(Type.String({ maxLength: 16 })) })), authToken: Type.Optional(authTokenField) }));

/** CEC §10.20.2 (ref L38290–38392): by uid or jobName; uid wins (ref L38315). */
export const rpaQueryJobDetails = rpaRelay('10.20.2', 'rpa/queryJobDetails', 'RPA task details', 'queryJobDetails', Type.Object({ tenantId: tenantIdField, jobName: Type.Optional(Type.String({ maxLength: 128 })), uid: Type.Optional(Type.String({ maxLength: 64 })), authToken: Type.Optional(authTokenField) }), (b) => {
  if (!b.jobName && !b.uid) throw invalid('jobName or uid is mandatory');
});

/** CEC §10.20.3 (ref L38394–38507). */
export const rpaCreateQueueData = rpaRelay('10.20.3', 'rpa/createRpaQueueData', 'Create RPA queue data', 'createRpaQueueData', Type.Object({
  tenantId: tenantIdField,
  authToken: Type.Optional(authTokenField),
  tag: Type.Optional(Type.String({ maxLength: 32 })),
  priority: Type.Optional(Type.Union([Type.Literal('low'), Type.Literal('normal'), Type.Literal('high')])),
  inputJsonData: Type.Optional(Type.Union([Type.String({ maxLength: 65535 }), Type.Object({}, { additionalProperties: true })])),
  expectStartTime: Type.Optional(longInteger({ minimum: 0, maximum: 7258089600000 })),
  expectEndTime: Type.Optional(longInteger({ minimum: 0, maximum: 7258089600000 })),
  description: Type.Optional(Type.String({ maxLength: 100 })),
  queueUid: Type.String({ minLength: 1, maxLength: 64 }),
}));

/** CEC §10.20.4 (ref L38509–38639): one of uid/queueUid/queueName is mandatory. */
export const rpaQueryQueueData = rpaRelay('10.20.4', 'rpa/queryRpaQueueData', 'Query RPA queue data', 'queryRpaQueueData', Type.Object({
  tenantId: tenantIdField,
  authToken: Type.Optional(authTokenField),
  ...paging,
  conditions: Type.Object({
    uid: Type.Optional(Type.String({ maxLength: 64 })),
    queueUid: Type.Optional(Type.String({ maxLength: 64 })),
    queueName: Type.Optional(Type.String({ maxLength: 32 })),
    tag: Type.Optional(Type.String({ maxLength: 32 })),
    status: Type.Optional(Type.Union(['init', 'processing', 'success', 'failed'].map((s) => Type.Literal(s)))),
    inactivated: Type.Optional(Type.String({ maxLength: 16 })),
    priority: Type.Optional(Type.Union([Type.Literal('low'), Type.Literal('normal'), Type.Literal('high')])),
  }),
}), (b) => {
  const c = b.conditions as Record<string, unknown>;
  if (!c.uid && !c.queueUid && !c.queueName) throw invalid('one of conditions.uid, queueUid and queueName is mandatory');
});
