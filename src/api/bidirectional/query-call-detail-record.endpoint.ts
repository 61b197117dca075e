import { Type } from '@sinclair/typebox';
import { queryCallRecords } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { bidirectionalEnvelope, tenantOfCredential, valueOf } from './bidirectional-errors.ts';

/**
 * CEC §6.2.3 queryCallDetailRecord (ref L16643–16884): a page of the tenant's call history over a
 * window of at most seven days. The table nests the fields under a `Body` object (Table 6-364);
 * the example sends them flat (ref L16836), and both are accepted.
 */
export const queryCallDetailRecordEndpoint = defineEndpoint({
  section: '6.2.3',
  name: 'queryCallDetailRecord',
  summary: 'Querying call history records',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/mobileAgent/queryCallDetailRecord',
  auth: 'C1',
  envelope: bidirectionalEnvelope,
  body: Type.Object({
    startTime: Type.Optional(Type.String()),
    endTime: Type.Optional(Type.String()),
    offset: Type.Optional(Type.String()),
    limit: Type.Optional(Type.String()),
    caller: Type.Optional(Type.String()),
    taskType: Type.Optional(Type.String()),
    Body: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
  invalidParameterCode: '2',
  response: Type.Object({ result: Type.Object({ total: Type.Integer(), callInfo: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) }),
  errors: ['2', '4', '12', '1'],
  async handler({ body, auth, services }) {
    const nested = body.Body ? Object.fromEntries(Object.entries(body.Body).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)])) : {};
    const result = valueOf(await queryCallRecords(services, tenantOfCredential(auth), { ...nested, ...withoutBody(body) }));
    return { retMsg: 'Query call detail record successfully', result };
  },
});

function withoutBody(body: Record<string, unknown>): Record<string, string | undefined> {
  const { Body: _nested, ...flat } = body;
  return flat as Record<string, string | undefined>;
}
