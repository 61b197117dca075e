// Goal: the body parser drops prototype keys however they are spelt (plain or behind \u escapes),
// also now that ordinary bodies skip the reviver, and parses ordinary bodies unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHttpServer } from './create-server.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = createHttpServer({ logger: false, bodyLimitBytes: 100_000, requestTimeoutMs: 1_000 });
  app.post('/echo', async (request) => ({ keys: Object.keys(request.body as object), nested: Object.keys(((request.body as Record<string, unknown>).a ?? {}) as object), polluted: ({} as Record<string, unknown>).polluted ?? null, body: request.body }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

const echo = async (payload: string) => JSON.parse((await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload })).body);

describe('JSON bodies', () => {
  it('refuses a body nested 10,000 deep as invalid JSON, and parses a short deep one', async () => {
    const deep = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: '['.repeat(10_000) + ']'.repeat(10_000) });
    expect(deep.statusCode).toBe(400);
    const short = await echo(`{"a":${'['.repeat(1_000)}${']'.repeat(1_000)}}`);
    expect(short.keys).toEqual(['a']);
  });

  it('parses an ordinary body as JSON.parse does', async () => {
    const body = { limit: 10, offset: 0, name: 'Ünïcode ☎', list: [1, 'two', null, true], a: { b: 'c' } };
    expect((await echo(JSON.stringify(body))).body).toEqual(body);
  });

  it.each([
    ['{"__proto__":{"polluted":true},"x":1}', ['x']],
    ['{"constructor":{"prototype":{"polluted":true}},"x":1}', ['x']],
    ['{"\\u005f_proto__":{"polluted":true},"x":1}', ['x']],
    ['{"constructo\\u0072":1,"x":1}', ['x']],
  ])('drops prototype keys of %s', async (payload, keys) => {
    const reply = await echo(payload);
    expect(reply.keys).toEqual(keys);
    expect(reply.polluted).toBeNull();
  });

  it('drops them in nested objects too, and keeps an escaped ordinary key', async () => {
    const reply = await echo('{"a":{"__proto__":{"polluted":true},"k":1},"\\u0078":2}');
    expect(reply.nested).toEqual(['k']);
    expect(reply.body.x).toBe(2);
  });
});
