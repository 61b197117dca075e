/**
 * Call ids (issue 10 item 5). The platform's form is `{epochSeconds}-{sequence}` (note 06 §3.5:
 * `1552524689-16797284`, `1637742300-27`), and every interface returns it whole. Users also look
 * calls up by the sequence alone (the "suffix-only" form some desktops show); an interface that
 * takes a call id accepts both, and the suffix form matches the call whose id ends in `-{suffix}`.
 */
export type CallIdQuery = { kind: 'full'; callId: string } | { kind: 'suffix'; suffix: string };

const fullPattern = /^\d{1,12}-\d{1,12}$/;
const suffixPattern = /^\d{1,12}$/;

/** Reads a call id as a client sent it (trimmed); undefined when it is neither form. */
export function parseCallId(text: string): CallIdQuery | undefined {
  const trimmed = text.trim();
  if (fullPattern.test(trimmed)) return { kind: 'full', callId: trimmed };
  if (suffixPattern.test(trimmed)) return { kind: 'suffix', suffix: trimmed };
  return undefined;
}

/**
 * The full call id that `text` names among `candidates` (e.g. the calls an engine holds): the id
 * itself in the full form; in the suffix-only form the most recent candidate ending in
 * `-{suffix}` (the greatest epoch, decision 1315). Undefined when `text` is neither form or no
 * candidate matches.
 */
export function resolveCallId(text: string, candidates: Iterable<string>): string | undefined {
  const query = parseCallId(text);
  if (!query) return undefined;
  if (query.kind === 'full') return query.callId;
  let best: string | undefined;
  for (const candidate of candidates) {
    if (callIdMatches(query, candidate) && (best === undefined || callIdEpoch(candidate) > callIdEpoch(best))) best = candidate;
  }
  return best;
}

function callIdEpoch(callId: string): number {
  return Number(callId.slice(0, callId.indexOf('-')));
}

/** Whether `callId` (the full form) is the call `query` names. */
export function callIdMatches(query: CallIdQuery, callId: string): boolean {
  return query.kind === 'full' ? callId === query.callId : callId.endsWith(`-${query.suffix}`);
}

/**
 * The parts of a call ID "<epoch seconds>-<sequence>" (ref L9645) as the CTI's control-block
 * fields: the reference rebuilds a call ID as `dateTime + "-" + ((server << 24) + (handle << 16)
 * + dsn)` (ref L4945–4954), so the sequence splits into server, handle and dsn, and dateTime is
 * the seconds in milliseconds. Null for a string that is not a call ID.
 */
export function callIdParts(callId: string | undefined): { dateTime: number; dsn: number; server: number; handle: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(callId ?? '');
  if (!match) return null;
  const seconds = Number(match[1]);
  const identify = Number(match[2]);
  return {
    dateTime: seconds * 1000,
    dsn: identify % 65536,
    server: Math.floor(identify / 2 ** 24),
    handle: Math.floor(identify / 65536) % 256,
  };
}
