import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './test-app.ts';

/**
 * What a client sees on the wire: raw header names exactly as sent (Node's `rawHeaders`, which a
 * case-folding client library would hide), the status, and the body text. Talks to a test app
 * listening on 127.0.0.1 only.
 */
export interface WireResponse {
  status: number;
  rawHeaders: Array<[string, string]>;
  text: string;
  /** The value of a header looked up with an exact, case-sensitive name, as Java clients do. */
  exact(name: string): string | undefined;
}

export async function listenOnLoopback(app: TestApp): Promise<number> {
  await app.http.listen({ host: '127.0.0.1', port: 0 });
  return (app.http.server.address() as AddressInfo).port;
}

export function wireRequest(port: number, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const body = options.body;
    const headers = { ...(body !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : {}), ...options.headers };
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const pairs: Array<[string, string]> = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, rawHeaders: pairs, text: Buffer.concat(chunks).toString('utf8'), exact: (name) => pairs.find(([n]) => n === name)?.[1] });
      });
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('wire request timed out')));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Sends raw bytes (for requests no well-behaved client library would send) and returns the reply. */
export function rawExchange(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('raw exchange timed out')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.write(bytes);
  });
}
