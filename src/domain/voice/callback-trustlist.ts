import { accept, refuse, type Checked } from './voice-rejection.ts';

/** Longest callback URL we store; the reference gives 256 for similar callbacks (ref L17572). */
export const callbackUrlLengthMax = 1024;

/**
 * CEC §5.4.5 (ref L6631): "The callback URL must have been added to the IVR voice upload callback
 * URL trustlist by the system administrator." Each tenant's trustlist holds URL prefixes. A URL
 * is trusted when it starts with an entry and the entry ends at a boundary of the URL (the end,
 * or before `:`, `/`, `?` or `#`), so `http://127.0.0.1` admits `http://127.0.0.1:8080/review`
 * but not `http://127.0.0.1.example.com/`. Scheme and host compare case-insensitively and a
 * default port is the same as none, as URLs do (decision 0301). An empty list trusts nothing.
 */
export function checkCallbackUrl(field: string, value: string, trustlist: readonly string[]): Checked<string> {
  const raw = value.trim();
  if (raw.length > callbackUrlLengthMax) return refuse('CallbackUrlInvalid', `${field} must be at most ${callbackUrlLengthMax} characters`);
  const url = parseHttpUrl(raw);
  if (!url) return refuse('CallbackUrlInvalid', `${field} must be an http or https URL`);
  if (!trustlist.some((entry) => matchesPrefix(url, entry))) {
    return refuse('CallbackUrlNotTrusted', `${field} is not in the IVR voice upload callback URL trustlist`);
  }
  return accept(url);
}

/** The canonical form of an http(s) URL, or undefined. */
function parseHttpUrl(raw: string): string | undefined {
  if (!URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

function matchesPrefix(url: string, entry: string): boolean {
  const prefix = canonicalPrefix(entry.trim());
  if (prefix === '' || !url.startsWith(prefix)) return false;
  if (prefix.endsWith('/') || url.length === prefix.length) return true;
  return ':/?#'.includes(url[prefix.length]!);
}

/** Canonicalises the scheme and authority of a trustlist entry as URL parsing would. */
function canonicalPrefix(entry: string): string {
  const match = /^(https?:\/\/[^/?#]*)(.*)$/i.exec(entry);
  if (!match) return entry;
  const authority = match[1]!;
  if (!URL.canParse(authority)) return entry;
  const origin = new URL(authority).origin;
  return `${origin}${match[2]}`;
}
