import type { Repositories } from '../../store/index.ts';

/**
 * One entry of a tenant's settings (the tenant file's `settings` object, docs/tenant-file.md), or
 * undefined when the tenant, the settings or the entry is missing or unreadable: callers treat an
 * unreadable setting as absent.
 */
export async function tenantSetting(repos: Repositories, vdnId: number, key: string): Promise<unknown> {
  const vdn = await repos.vdns.find(vdnId);
  if (!vdn) return undefined;
  try {
    const settings: unknown = JSON.parse(vdn.settings);
    return settings && typeof settings === 'object' ? (settings as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}
