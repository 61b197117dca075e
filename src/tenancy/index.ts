export { provisionTenant, checkTenantSpec, vdnAdminLoginId, TenantSpecError, type ProvisioningDeps } from './provision-tenant.ts';
export { demoTenant, demoPassword } from './demo-tenant.ts';
export { TenantSpec as TenantSpecSchema, type SkillSpec, type AgentSpec } from './tenant-spec.ts';
export type { TenantSpec } from './tenant-spec.ts';
