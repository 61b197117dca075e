// The disk's own flush latency, measured in the same run as the state commands (issue 8): a
// closed loop that appends 4 KB (about what one batch of agent-operation rows adds to the WAL) to
// a file in the server's data directory and fdatasyncs it. A reply that is durable before it is
// sent cannot come sooner than one of these.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface FlushLatency {
  flushes: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

export async function probeFdatasync(directory: string, durationMs: number): Promise<FlushLatency> {
  const file = path.join(directory, 'fdatasync-probe.bin');
  const handle = await fs.promises.open(file, 'w');
  const block = Buffer.alloc(4096, 1);
  const latencies: number[] = [];
  try {
    const deadline = performance.now() + durationMs;
    while (performance.now() < deadline) {
      await handle.write(block);
      const startedAt = performance.now();
      await handle.datasync();
      latencies.push(performance.now() - startedAt);
    }
  } finally {
    await handle.close();
    fs.rmSync(file, { force: true });
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(3);
  return { flushes: latencies.length, meanMs: +(latencies.reduce((a, b) => a + b, 0) / latencies.length).toFixed(3), p50Ms: at(0.5), p99Ms: at(0.99) };
}
