import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { provisionTenant, TenantSpecError, TenantSpecSchema } from '../../tenancy/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const systemAdminOnly = (vdnId: number | null) => {
  // A VDN administrator's GUID carries its VDN; only the system administrator's carries none.
  if (vdnId !== null) throw new CecError('1', 'Only the system administrator may manage tenants.', { httpStatus: 403 });
};

/**
 * OpenCEC extension: creates a tenant from a tenant-file body (docs/tenant-file.md), as the system
 * administrator (configuration login id 1, `Guid` header).
 */
export const createTenant = defineEndpoint({
  section: 'ext.tenants.create',
  name: 'tenants/create',
  summary: 'Create a tenant (VDN) from a tenant file',
  method: 'POST',
  path: '/opencec/v1/tenants',
  auth: 'C5',
  envelope: returnCodeEnvelope,
  body: TenantSpecSchema,
  response: Type.Object({ vdnId: Type.Integer() }),
  bodyLimitBytes: 16 * 1024 * 1024,
  async handler({ body, auth, services }) {
    systemAdminOnly(auth.vdnId);
    try {
      const spec = await services.tenantLocks.run('tenants', () =>
        provisionTenant({ store: services.store, clock: services.clock, ids: services.ids, passwords: services.passwords }, body),
      );
      services.configChanges.publish({ vdnId: spec.vdnId, what: 'tenant' });
      return { description: 'success', vdnId: spec.vdnId };
    } catch (error) {
      if (error instanceof TenantSpecError) throw new CecError('1', error.message);
      throw error;
    }
  },
});

/** OpenCEC extension: the tenants of the platform (system administrator). */
export const listTenants = defineEndpoint({
  section: 'ext.tenants.list',
  name: 'tenants/list',
  summary: 'List tenants',
  method: 'GET',
  path: '/opencec/v1/tenants',
  auth: 'C5',
  envelope: returnCodeEnvelope,
  response: Type.Object({ data: Type.Array(Type.Object({ vdnId: Type.Integer(), name: Type.String(), workNoMin: Type.Integer(), workNoMax: Type.Integer() })) }),
  async handler({ auth, services }) {
    systemAdminOnly(auth.vdnId);
    const vdns = await services.repos.vdns.list();
    return { description: 'success', data: vdns.map((v) => ({ vdnId: v.vdnId, name: v.name, workNoMin: v.workNoMin, workNoMax: v.workNoMax })) };
  },
});
