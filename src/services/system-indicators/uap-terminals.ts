import type { Repositories } from '../../store/index.ts';

/** "The number of wildcard matching results must be less than 200" (ref L63557). */
export const terminalMatchesMax = 199;

export interface TerminalMatch {
  equipmentId: string;
  /** The address it registered from, or null when it is not registered. */
  address: string | null;
}

/**
 * EID wildcards (ref L63557): `*` and `%` match zero or more characters, `?` exactly one;
 * everything else is literal. Returned as a SQL LIKE pattern (escape `\`) and a RegExp.
 */
export function eidPattern(eid: string): { like: string; regex: RegExp } {
  let like = '';
  let regex = '';
  for (const c of eid) {
    if (c === '*' || c === '%') {
      like += '%';
      regex += '.*';
    } else if (c === '?') {
      like += '_';
      regex += '.';
    } else {
      like += c === '_' || c === '\\' ? `\\${c}` : c;
      regex += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return { like, regex: new RegExp(`^${regex}$`) };
}

/**
 * The SIP terminals of the simulated UAP that match `eid` (§12.3.6.3, decision 0840): the
 * softphones configured for any tenant's agents and the numbers agents are signed in with now,
 * ascending, each registered while an agent is signed in with it. `undefined` when more than
 * `terminalMatchesMax` match.
 */
export async function matchingTerminals(repos: Repositories, registered: ReadonlyMap<string, string>, eid: string): Promise<TerminalMatch[] | undefined> {
  const { like, regex } = eidPattern(eid);
  const configured = await repos.systemSamples.softphonesLike(like, terminalMatchesMax + 1);
  const all = [...new Set([...configured, ...[...registered.keys()].filter((p) => regex.test(p))])].sort();
  if (all.length > terminalMatchesMax) return undefined;
  return all.map((equipmentId) => ({ equipmentId, address: registered.get(equipmentId) ?? null }));
}
