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
