// Benchmark: the auth-v2 signature (CEC §4.3) of a large signed body, a CC-FS third-party upload
// of a 5 MB WAV (13.2.1.13: about 7 MB of Base64 JSON). Each figure is a ratio to a bare
// HMAC-SHA256 of the same body measured in the same run, so the shared machine's load cancels
// out: the native normalize (encodeURIComponent and the five extra escapes) against the byte rule
// applied one byte at a time. Run: npx tsx bench/signature.bench.ts [rounds].
import os from 'node:os';
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { normalize, normalizeBytes, signature } from '../src/auth/signature-v2.ts';

const rounds = Number(process.argv[2] ?? 5);
const body = JSON.stringify({ request: { version: '2.0' }, msgBody: { data: Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64') } });
const request = { method: 'POST', path: '/CCFS/resource/ccfs/ivr/uploadFile', query: [['vdnId', '1']] as const, headers: { host: 'localhost', 'content-type': 'application/json' }, body };
const input = { accessKey: 'ak', secretKey: 'sk', timestamp: '2026-01-05T08:00:00.000Z', signedHeaders: ['content-type', 'host'] };

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

if (normalize(body) !== normalizeBytes(Buffer.from(body, 'utf8'))) throw new Error('the two normalisations differ');
const ratios = { native: [] as number[], byteRule: [] as number[] };
for (let r = 0; r < rounds; r++) {
  const bare = timed(() => createHmac('sha256', 'k').update(body, 'utf8').digest('hex'));
  ratios.native.push(timed(() => signature(request, input)) / bare);
  ratios.byteRule.push(timed(() => createHmac('sha256', 'k').update(normalizeBytes(Buffer.from(body, 'utf8')), 'utf8').digest('hex')) / bare);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`body ${(body.length / 1e6).toFixed(1)} MB, ${rounds} rounds, load average ${os.loadavg()[0]!.toFixed(1)}`);
console.log(`signature (native normalize) / bare HMAC: ${median(ratios.native).toFixed(1)}`);
console.log(`byte-rule normalize + HMAC / bare HMAC:   ${median(ratios.byteRule).toFixed(1)}`);
