import { Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body's bytes as received, kept in cluster mode only (a forwarded request carries them). */
    rawBodyBytes?: Buffer;
  }
}

/**
 * Keeps each request body's bytes as they arrive (decision 1710). Forwarding must send the owner
 * the original bytes, never a re-serialised body: identifiers are 19–20-digit numbers that a
 * JSON round trip would round, and the C2 signature covers the bytes. Installed in cluster mode
 * only, so a single node pays nothing.
 */
export function captureRawBodies(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const chunks: Buffer[] = [];
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done(null, chunk);
      },
      flush(done) {
        request.rawBodyBytes = Buffer.concat(chunks);
        done();
      },
    });
    return payload.pipe(tee);
  });
}
