import fs from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { ApiServices } from '../api/services.ts';
import { demoTenant, provisionTenant, type TenantSpec } from '../tenancy/index.ts';
import type { AppConfig } from './config.ts';
import { seedChatbot } from '../services/chatbot/seed-chatbot.ts';

/** The configuration-login id of the system administrator. */
export const systemAdminLoginId = 1;

/**
 * On first start the store is empty: create the tenant of `--tenant file.json`, or the demo tenant.
 * Later starts keep what the store holds; a tenant file whose VDN is not there yet is added.
 */
export async function ensureTenants(config: AppConfig, services: ApiServices, log: FastifyBaseLogger, given?: TenantSpec): Promise<void> {
  const deps = { store: services.store, clock: services.clock, ids: services.ids, passwords: services.passwords };
  // The system administrator (CEC §4.6: ids 1–59999 without a VDN) may create tenants.
  await services.repos.credentials.upsertConfigAdmin({ loginId: systemAdminLoginId, vdnId: null, passwordHash: services.passwords.hash(config.adminPassword), name: 'system administrator' });
  const existing = await services.repos.vdns.list();
  if (given) {
    if (!existing.some((v) => v.vdnId === given.vdnId)) await withChatbot(services, await provisionTenant(deps, given));
    return;
  }
  if (config.tenantFile) {
    const spec = JSON.parse(await fs.readFile(config.tenantFile, 'utf8')) as { vdnId?: unknown };
    if (existing.some((v) => v.vdnId === spec.vdnId)) {
      log.info({ vdnId: spec.vdnId, file: config.tenantFile }, 'tenant from file already exists; keeping the stored one');
      return;
    }
    const created = await withChatbot(services, await provisionTenant(deps, spec));
    log.info({ vdnId: created.vdnId, name: created.name, file: config.tenantFile }, 'tenant created from file');
    return;
  }
  if (existing.length === 0) {
    const created = await withChatbot(services, await provisionTenant(deps, demoTenant()));
    log.info({ vdnId: created.vdnId, name: created.name }, 'demo tenant created');
  }
}

/** Seeds the tenant file's chatbot (chapter 10) once its VDN exists. */
async function withChatbot(services: ApiServices, spec: TenantSpec): Promise<TenantSpec> {
  if (spec.chatbot) await seedChatbot({ repos: services.repos, now: () => services.clock.now(), nextId: () => services.ids.next() }, spec.vdnId, spec.chatbot);
  return spec;
}
