import { formatRange, parsePhoneRanges, rangeIncludes, rangesOverlap } from '../domain/agent/index.ts';
import type { Repositories } from '../store/index.ts';
import type { TenantSpec } from './tenant-spec.ts';

/**
 * A phone belongs to one tenant (decision 0507): the new tenant's configured numbers
 * (`settings.phoneNumbers`, already checked by checkTenantSpec) must not overlap another tenant's
 * configured numbers or softphones, and its softphones must not lie in another tenant's numbers.
 * (Softphones themselves are unique across tenants already.) Returns the conflict, if any.
 */
export async function phoneOwnershipConflict(repos: Repositories, spec: TenantSpec): Promise<string | null> {
  const parsed = parsePhoneRanges(spec.settings?.phoneNumbers);
  const ranges = parsed.ok ? parsed.ranges : [];
  for (const range of ranges) {
    const taken = await repos.agents.sipAccountsBetween(range.first, range.last, spec.vdnId);
    if (taken.length > 0) return `phone numbers ${formatRange(range)} hold softphone ${taken[0]} of another tenant`;
  }
  for (const other of await repos.vdns.list()) {
    if (other.vdnId === spec.vdnId) continue;
    const theirs = parsePhoneRanges(settingsOf(other.settings).phoneNumbers);
    for (const range of theirs.ok ? theirs.ranges : []) {
      const overlapping = ranges.find((mine) => rangesOverlap(mine, range));
      if (overlapping) return `phone numbers ${formatRange(overlapping)} overlap VDN ${other.vdnId}'s ${formatRange(range)}`;
      const agent = spec.agents.find((a) => rangeIncludes(range, a.sipAccount));
      if (agent) return `softphone ${agent.sipAccount} lies in VDN ${other.vdnId}'s phone numbers ${formatRange(range)}`;
    }
  }
  return null;
}

function settingsOf(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
