// Goal: a request's logger is only built when something is logged, and then writes exactly what
// Fastify's own child would: the request id, the route's level, the message.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from './create-server.ts';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  return { lines, stream };
}

describe('request loggers', () => {
  it('logs with the request id at the route level, and not below it', async () => {
    const { lines, stream } = capture();
    const app = createHttpServer({ logger: { level: 'info', stream }, bodyLimitBytes: 1_000, requestTimeoutMs: 1_000 });
    app.get('/quiet', async () => ({ ok: true }));
    app.get('/loud', async (request) => {
      request.log.debug('not written');
      request.log.warn({ detail: 7 }, 'written');
      request.log.child({ part: 'x' }).error('child line');
      return { level: request.log.level };
    });
    app.get('/muted', { logLevel: 'error' }, async (request) => {
      request.log.warn('below the route level');
      return { level: request.log.level };
    });
    await app.ready();
    expect((await app.inject({ url: '/quiet' })).statusCode).toBe(200);
    expect(lines).toEqual([]);
    expect(JSON.parse((await app.inject({ url: '/loud' })).body)).toEqual({ level: 'info' });
    expect(lines.map((l) => [l.level, l.msg, l.detail, l.part])).toEqual([[40, 'written', 7, undefined], [50, 'child line', undefined, 'x']]);
    expect(lines[0]!.reqId).toBe(lines[1]!.reqId);
    expect(typeof lines[0]!.reqId).toBe('string');
    expect(JSON.parse((await app.inject({ url: '/muted' })).body)).toEqual({ level: 'error' });
    expect(lines).toHaveLength(2);
    await app.close();
  });
});
