import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { InProcessBus, type ClusterBus } from '../../src/cluster/bus/index.ts';
import type { VdnLocation, VdnOwnership } from '../../src/cluster/ownership.ts';
import type { NodeBoard } from '../../src/cluster/board/index.ts';
import { createPgDatabase } from './postgres.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * A node's view of who owns what, settable by the test: VDN → node id, with a default owner for
 * VDNs not listed. Views of two nodes may disagree, as they do while a lease moves.
 */
export class FakeOwnership implements VdnOwnership {
  readonly owners = new Map<number, number>();
  readonly locations: number[] = [];

  constructor(
    readonly nodeId: number,
    private readonly urls: Map<number, string>,
    private readonly defaultOwner: number,
  ) {}

  async locate(vdnId: number): Promise<VdnLocation> {
    this.locations.push(vdnId);
    const owner = this.owners.get(vdnId) ?? this.defaultOwner;
    if (owner === this.nodeId) return { kind: 'local', fence: 1n };
    return { kind: 'remote', nodeId: owner, url: this.urls.get(owner) ?? 'http://127.0.0.1:9' };
  }

  fenceOf(vdnId: number): bigint | undefined {
    return (this.owners.get(vdnId) ?? this.defaultOwner) === this.nodeId ? 1n : undefined;
  }
}

export interface ClusterNode {
  readonly app: TestApp;
  readonly ownership: FakeOwnership;
  readonly bus: ClusterBus;
  readonly url: string;
}

/**
 * Two nodes on one fresh PostgreSQL database and one bus, listening on 127.0.0.1: node 1 (A) owns
 * VDN 1, node 2 (B) every other VDN. A is built first, so it provisions the demo tenant.
 */
export async function createClusterPair(bus: { connect(nodeId: number): ClusterBus } = new InProcessBus(), args: readonly string[] = [], board?: NodeBoard): Promise<{ a: ClusterNode; b: ClusterNode; close(): Promise<void> }> {
  const database = await createPgDatabase();
  // The nodes of a cluster share their data directory (decision 1733).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-pair-'));
  const urls = new Map<number, string>();
  const node = async (nodeId: number): Promise<ClusterNode> => {
    const ownership = new FakeOwnership(nodeId, urls, 2);
    ownership.owners.set(1, 1);
    const membership = { ownership, bus: bus.connect(nodeId), ...(board ? { board } : {}) };
    const app = await createTestApp({ storeUrl: database.url, args: ['--node-id', String(nodeId), '--data-dir', dataDir, ...args], cluster: membership });
    await app.http.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.http.server.address() as AddressInfo).port}`;
    urls.set(nodeId, url);
    return { app, ownership, bus: membership.bus, url };
  };
  const a = await node(1);
  const b = await node(2);
  return {
    a,
    b,
    async close() {
      await Promise.allSettled([b.app.close(), a.app.close()]);
      await Promise.allSettled([a.bus.close(), b.bus.close()]);
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Builds the pair before a file's tests (when `enabled`) and closes it after them. */
export function useClusterPair(enabled: boolean, board?: NodeBoard): { a: ClusterNode; b: ClusterNode } {
  const pair = {} as { a: ClusterNode; b: ClusterNode; close?: () => Promise<void> };
  beforeAll(async () => {
    if (enabled) Object.assign(pair, await createClusterPair(undefined, [], board));
  }, 120_000);
  afterAll(async () => {
    await pair.close?.();
  }, 60_000);
  return pair;
}
