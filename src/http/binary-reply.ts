import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

const binaryMark = Symbol('binaryReply');

/** A file to send as the body instead of an envelope (downloads of 13.1.2, 13.2.1). */
export interface BinaryReply {
  readonly [binaryMark]: true;
  readonly body: Readable | Uint8Array;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a download handler returns: the registration sends it as is, unwrapped. */
export function binaryReply(body: Readable | Uint8Array, headers: Record<string, string>, status = 200): Record<string, unknown> {
  return { [binaryMark]: true, body, status, headers } as unknown as Record<string, unknown>;
}

export function isBinaryReply(payload: unknown): payload is BinaryReply {
  return typeof payload === 'object' && payload !== null && (payload as Partial<BinaryReply>)[binaryMark] === true;
}

export function sendBinary(reply: FastifyReply, payload: BinaryReply): FastifyReply {
  reply.code(payload.status);
  for (const [name, value] of Object.entries(payload.headers)) reply.header(name, value);
  return reply.send(payload.body);
}
