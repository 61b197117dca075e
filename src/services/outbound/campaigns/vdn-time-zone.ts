import { instantOf, isKnownTimeZone, localTime } from '../../../domain/outbound/dialing/index.ts';
import type { Repositories } from '../../../store/index.ts';

/** The zone of a VDN without `settings.timeZone`: UTC, the zone of every other OpenCEC reading (decision 0750). */
export const defaultVdnTimeZone = 'UTC';

/**
 * The IANA time zone "where the VDN is located" (CEC §12.3.5.2, ref L62970; note 04 §4.2): the
 * tenant file's `settings.timeZone`. Calling windows, holidays, the dialer's daily counters and
 * the CC-CMS task days are read in it (decision 0750).
 */
export async function vdnTimeZone(repos: Pick<Repositories, 'vdns'>, vdnId: number): Promise<string> {
  const vdn = await repos.vdns.find(vdnId);
  if (!vdn) return defaultVdnTimeZone;
  try {
    return zoneOfSettings(JSON.parse(vdn.settings) as Record<string, unknown>);
  } catch {
    return defaultVdnTimeZone;
  }
}

/** The zone of parsed VDN settings: `timeZone` when it is an IANA zone, else the default. */
export function zoneOfSettings(settings: { timeZone?: unknown }): string {
  const zone = settings.timeZone;
  return typeof zone === 'string' && isKnownTimeZone(zone) ? zone : defaultVdnTimeZone;
}

/** The instant the VDN-local day of `nowMs` began ("daily" counters, 7.4.7; decision 0750). */
export async function vdnDayStartMs(repos: Pick<Repositories, 'vdns'>, vdnId: number, nowMs: number): Promise<number> {
  const zone = await vdnTimeZone(repos, vdnId);
  const t = localTime(nowMs, zone);
  return instantOf(t.year, t.month, t.day, 0, zone);
}
