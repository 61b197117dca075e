import { Type } from '@sinclair/typebox';
import { omaMallEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const epochMs = Type.Integer({ minimum: 0, maximum: 9_999_999_999_999 });

/**
 * CEC §15.1.2 queryresource: a page of the token's tenant's subscription orders (Table 15-6),
 * created within [startDate, endDate] when given, oldest first, with the total `count`
 * (decision 1504). `limit` must be less than 100 and `offset` at least 0; a request outside
 * that is the section's only failure besides 401: 502 "Business failure".
 */
export const queryResource = defineEndpoint({
  section: '15.1.2',
  name: 'queryresource',
  summary: 'Querying subscription information',
  method: 'POST',
  path: '/rest/oma/softwareconsole/tenant/queryresource',
  auth: 'mall',
  envelope: omaMallEnvelope,
  body: Type.Object({
    limit: Type.Integer({ minimum: 1, maximum: 99 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    startDate: Type.Optional(Type.Union([epochMs, Type.Null()])),
    endDate: Type.Optional(Type.Union([epochMs, Type.Null()])),
  }),
  response: Type.Object({ result: Type.Array(Type.Object({}, { additionalProperties: true })), count: Type.String(), returnCode: Type.String(), description: Type.String() }),
  errors: ['401', '502'],
  async handler({ body, auth, services }) {
    const { total, rows } = await services.repos.mall.orders(
      auth.vdnId!,
      { fromMs: body.startDate ?? undefined, toMs: body.endDate ?? undefined },
      { offset: body.offset, limit: body.limit },
    );
    return { result: rows.map((row) => JSON.parse(row.fields) as Record<string, unknown>), count: String(total), returnCode: '0', description: 'success' };
  },
});
