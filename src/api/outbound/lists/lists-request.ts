import { Type } from '@sinclair/typebox';
import { FieldRuleError, fail } from '../../../domain/outbound/lists/isales-fields.ts';
import { CecError } from '../../../http/cec-error.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import { isalesTenant } from '../isales-request.ts';

/**
 * What the VDN-wide list interfaces share: the tenant check first (decision 0700), then the
 * handler, whose broken field rules (domain `FieldRuleError`) become the iSales code they name.
 */
export async function listHandler<T>(auth: AuthContext, vdnId: number, work: (vdnId: number) => Promise<T>): Promise<T> {
  const tenant = isalesTenant(auth, vdnId);
  try {
    return await work(tenant);
  } catch (error) {
    if (error instanceof FieldRuleError) throw new CecError(error.failure.code, error.failure.message);
    throw error;
  }
}

/** The generic codes every list interface documents (note 04 §6.2), after 0200001. */
export const genericListErrors = ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] as const;

/** `offset`/`limit` body paging (7.3.4, 7.3.6, 7.8.4, 7.10): offset = limit × (page − 1), limit 1–100. */
export const offsetLimitFields = {
  offset: Type.Optional(Type.Integer({ description: 'limit × (page − 1)' })),
  limit: Type.Optional(Type.Integer({ description: '1–100' })),
};

export function offsetLimit(body: { offset?: number; limit?: number }, required: boolean): { offset: number; limit: number } | undefined {
  if (body.offset === undefined && body.limit === undefined && !required) return undefined;
  if (body.offset === undefined || body.limit === undefined) fail('empty', 'offset and limit are mandatory');
  if (body.limit < 1 || body.limit > 100) fail('invalidValue', 'limit must be between 1 and 100');
  if (body.offset < 0) fail('invalidValue', 'offset must not be negative');
  return { offset: body.offset, limit: body.limit };
}

/** `pageSize`/`pageNum` query paging (7.1.13, 7.9.1, 7.9.5): pageSize 1–50, pageNum ≥ 1, both mandatory. */
export const pageQuery = Type.Object({
  pageSize: Type.Optional(Type.Integer({ description: '1–50' })),
  pageNum: Type.Optional(Type.Integer({ description: 'from 1' })),
});

export function pageOf(query: { pageSize?: number; pageNum?: number }): { offset: number; limit: number } {
  if (query.pageSize === undefined || query.pageNum === undefined) fail('empty', 'pageSize and pageNum are mandatory');
  if (query.pageSize < 1 || query.pageSize > 50) fail('invalidValue', 'pageSize must be between 1 and 50');
  if (query.pageNum < 1) fail('invalidValue', 'pageNum must be a positive integer');
  return { offset: (query.pageNum - 1) * query.pageSize, limit: query.pageSize };
}
