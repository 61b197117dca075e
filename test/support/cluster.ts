import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createPgDatabase, pgServerUrl } from './postgres.ts';

/**
 * Real cluster nodes for the cluster tests (decision 1700): `node bin/opencec.js start` processes
 * on 127.0.0.1 sharing a private PostgreSQL database and a private Redis key prefix. Tests skip
 * without OPENCEC_TEST_PG_URL and OPENCEC_TEST_REDIS_URL (.ci/run sets both).
 */
export const redisUrl: string | undefined = process.env.OPENCEC_TEST_REDIS_URL || undefined;
export const clusterEnabled = pgServerUrl !== undefined && redisUrl !== undefined;
export const clusterSkipReason = clusterEnabled ? '' : 'cluster tests need OPENCEC_TEST_PG_URL and OPENCEC_TEST_REDIS_URL';

const bin = fileURLToPath(new URL('../../bin/opencec.js', import.meta.url));

export interface ClusterNodeProcess {
  readonly nodeId: number;
  readonly port: number;
  readonly url: string;
  child: ChildProcess | undefined;
  /** SIGKILL: no shutdown, no flush, no lease release. */
  kill(): Promise<void>;
  /** Starts the node again (same id, port and data directory). */
  restart(): Promise<void>;
  alive(): boolean;
}

export interface TestCluster {
  readonly nodes: ClusterNodeProcess[];
  readonly storeUrl: string;
  readonly ttlMs: number;
  /** One query on the shared store. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  /** The node that holds the VDN's lease now (live by the database's clock), if any. */
  ownerOf(vdnId: number): Promise<{ nodeId: number; fence: number } | undefined>;
  /** The last lines of each node's log (warnings and errors: lost leases, refused records), for a failure's message. */
  logTails(lines?: number): string;
  close(): Promise<void>;
}

/**
 * Runs a cluster test's body; when it fails, the error carries the nodes' log tails, since the
 * cause (a missed renewal, a lost lease under load) is in the nodes, not in the test process.
 */
export async function withNodeLogs<T>(cluster: TestCluster, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    failure.message += `\n--- node logs ---\n${cluster.logTails()}`;
    throw failure;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every `everyMs` until it returns a value, or fails after `withinMs`. */
export async function eventually<T>(what: string, withinMs: number, check: () => Promise<T | undefined>, everyMs = 100): Promise<T> {
  const deadline = performance.now() + withinMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface ClusterOptions {
  nodes: number;
  ttlMs: number;
  /** A tenant file the nodes after the first add (the first creates the demo tenant). */
  tenantFile?: string;
  extraArgs?: string[];
  /** Runs once the first node serves, before the others start (e.g. to create more tenants). */
  beforeOthers?: (first: ClusterNodeProcess) => Promise<void>;
}

export async function startCluster(options: ClusterOptions): Promise<TestCluster> {
  const database = await createPgDatabase();
  const prefix = `occ${process.pid}${Date.now().toString(36)}:`;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-cluster-'));
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // The drop at close terminates the database's connections (WITH FORCE): a pool client whose
  // socket has not closed yet reports it through the pool, which must listen or the test run fails.
  pool.on('error', () => undefined);
  const nodes: ClusterNodeProcess[] = [];
  for (let i = 1; i <= options.nodes; i++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // The nodes share one data directory, as they must (decision 1733); logs stay per node.
    const dataDir = path.join(root, 'data');
    const args = [bin, 'start', '--store', database.url, '--bus', redisUrl!, '--bus-prefix', prefix, '--node-id', String(i), '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--lease-ttl-ms', String(options.ttlMs), '--log-level', 'warn', '--advertise-url', url, ...(options.extraArgs ?? [])];
    // The first node creates the demo tenant; the others add the tenant file's (decision: docs/tenant-file.md).
    if (i > 1 && options.tenantFile) args.push('--tenant', options.tenantFile);
    const node: ClusterNodeProcess = {
      nodeId: i,
      port,
      url,
      child: undefined,
      alive: () => node.child !== undefined && node.child.exitCode === null && node.child.signalCode === null,
      kill: async () => {
        const child = node.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        await new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGKILL');
        });
      },
      restart: async () => {
        const log = fs.openSync(path.join(root, `node${i}.log`), 'a');
        node.child = spawn(process.execPath, args, { stdio: ['ignore', log, log] });
        fs.closeSync(log);
        await eventually(`node ${i} to serve`, 60_000, async () => ((await fetch(`${url}/health`)).ok ? true : undefined), 200);
      },
    };
    nodes.push(node);
  }
  const cluster: TestCluster = {
    nodes,
    storeUrl: database.url,
    ttlMs: options.ttlMs,
    query: async (text, values) => (await pool.query(text, values)).rows,
    async ownerOf(vdnId) {
      const rows = await cluster.query<{ owner_node: number; fence: string }>(
        'select owner_node, fence from vdn_lease where vdn_id = $1 and expires_at_ms > (extract(epoch from clock_timestamp()) * 1000)::bigint',
        [vdnId],
      );
      return rows[0] && { nodeId: rows[0].owner_node, fence: Number(rows[0].fence) };
    },
    logTails(lines = 40) {
      return nodes
        .map((node) => {
          const file = path.join(root, `node${node.nodeId}.log`);
          const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
          return `[node ${node.nodeId}]\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`;
        })
        .join('\n');
    },
    async close() {
      await Promise.all(nodes.map((node) => node.kill()));
      await pool.end();
      await database.drop();
      const redis = new Redis(redisUrl!);
      try {
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
      if (!process.env.OPENCEC_TEST_KEEP_CLUSTER_LOGS) fs.rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    // The first node provisions the demo tenant, then the others join at once (and add the second).
    await nodes[0]!.restart();
    await options.beforeOthers?.(nodes[0]!);
    await Promise.all(nodes.slice(1).map((node) => node.restart()));
  } catch (error) {
    await cluster.close();
    throw error;
  }
  return cluster;
}
