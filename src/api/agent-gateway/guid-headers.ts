import type { FastifyReply } from 'fastify';

/**
 * Hands a GUID to the client in both headers of Table 6-4 (ref L6814): `Guid` carries the GUID,
 * `Set-GUID` carries `JSESSIONID=<guid>`. Clients read one or the other (§4.5, ref L2626–2634), so
 * every reply that issues or repeats a GUID sends both.
 */
export function announceGuid(reply: FastifyReply, guid: string): void {
  reply.header('Guid', guid);
  reply.header('Set-GUID', `JSESSIONID=${guid}`);
}
