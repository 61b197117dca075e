import type { Socket } from 'node:net';
import { envelopeForPath } from './envelope/index.ts';
import { jsonContentType } from './header-spelling.ts';
import type { TimeSource } from './send-failure.ts';

/**
 * Requests Node's HTTP parser refuses (two Content-Lengths, Transfer-Encoding with Content-Length,
 * a malformed request line) never reach Fastify's routes. They are rightly refused with 400, but
 * in the family's envelope (found from the request line the parser did read), not Fastify's
 * `{"error":"Bad Request"}`; the connection closes because its framing can no longer be trusted.
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket, clock: TimeSource): void {
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const status = timeout ? 408 : 400;
  const path = requestPath(error.rawPacket);
  const envelope = envelopeForPath(path);
  const failure = envelope.generic('malformedRequest', timeout ? 'The request timed out.' : 'Incorrect request. Check the request path and parameters.');
  const rendered = envelope.failure(failure, { path: path.split('?')[0] ?? '', nowMs: clock.now() });
  const body = JSON.stringify(rendered);
  socket.end(
    `HTTP/1.1 ${status} ${timeout ? 'Request Timeout' : 'Bad Request'}\r\n` +
      `Content-Type: ${jsonContentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function requestPath(packet: unknown): string {
  if (!Buffer.isBuffer(packet)) return '/';
  const line = packet.toString('latin1', 0, Math.min(packet.length, 2048)).split('\r\n', 1)[0] ?? '';
  return /^[A-Z]+ (\S+)/.exec(line)?.[1] ?? '/';
}
