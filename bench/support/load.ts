// A small closed-loop HTTP/1.1 load generator on raw keep-alive sockets: each connection sends a
// request, waits for the whole reply, then sends the next. Requests are built once and replies are
// framed by Content-Length only, so the client costs far less CPU than the servers it measures
// (which matters on a small machine where client and server share the cores).
import net from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  port: number;
  connections: number;
  durationMs: number;
  /** The raw request a connection sends next (`connection` is its index, `n` its request count). */
  request: (connection: number, n: number) => Buffer;
  /** Checks a reply; a false answer counts as an error. */
  accept?: (status: number, body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  firstError?: string;
}

/** Builds a raw request with the given headers (Host and Content-Length are added). */
export function rawRequest(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Buffer {
  const payload = body === undefined ? '' : JSON.stringify(body);
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: keep-alive'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body !== undefined) lines.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(payload)}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${payload}`);
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const deadline = performance.now() + options.durationMs;
  const started = performance.now();
  const one = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const socket = net.connect(options.port, '127.0.0.1');
      socket.setNoDelay(true);
      let n = 0;
      let buffer = Buffer.alloc(0);
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= deadline) {
          socket.end();
          return resolve();
        }
        sentAt = performance.now();
        socket.write(options.request(index, n++));
      };
      socket.on('connect', send);
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        for (;;) {
          const headEnd = buffer.indexOf('\r\n\r\n');
          if (headEnd < 0) return;
          const head = buffer.subarray(0, headEnd).toString('latin1');
          const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
          if (buffer.length < headEnd + 4 + length) return;
          const status = Number(head.slice(9, 12));
          const body = buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
          buffer = buffer.subarray(headEnd + 4 + length);
          latencies.push(performance.now() - sentAt);
          const ok = status === 200 && (options.accept?.(status, body) ?? true);
          if (!ok) {
            errors++;
            firstError ??= `${status} ${body.slice(0, 200)}`;
          }
          send();
        }
      });
    });
  await Promise.all(Array.from({ length: options.connections }, (_, i) => one(i)));
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    perSecond: Math.round(latencies.length / (elapsedMs / 1000)),
    p50Ms: +at(0.5).toFixed(2),
    p99Ms: +at(0.99).toFixed(2),
    maxMs: +(latencies.at(-1) ?? 0).toFixed(2),
    ...(firstError ? { firstError } : {}),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
