// Goal: cluster nodes must share their data directory (decision 1733). The first node gives the
// store an identity and marks its data directory with it; a node whose directory carries the same
// identity starts; one whose directory has no marker, another store's marker, or a broken marker
// is refused with a message naming the directory, the identities and the fix. Method: one
// SQLite store in memory and temporary directories; no server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, openStore, type Store } from '../store/index.ts';
import { ConfigError } from './config.ts';
import { checkSharedDataDir, dataDirMarkerName } from './shared-data-dir.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshStore(): Promise<Store> {
  const store = await openStore({ url: 'sqlite::memory:' });
  cleanups.push(() => store.close());
  return store;
}

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-datadir-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('checkSharedDataDir', () => {
  it('marks the first node’s directory with the store’s new identity, and admits nodes sharing it', async () => {
    const repos = createRepositories((await freshStore()).db);
    const shared = freshDir();
    const first = await checkSharedDataDir(repos, { dataDir: shared, nodeId: 1, nowMs: 0 });
    expect(first.created).toBe(true);
    expect(await repos.storeIdentity.read()).toBe(first.identity);
    expect(JSON.parse(fs.readFileSync(path.join(shared, dataDirMarkerName), 'utf8'))).toMatchObject({ identity: first.identity, createdByNode: 1 });
    expect(await checkSharedDataDir(repos, { dataDir: shared, nodeId: 2, nowMs: 1 })).toEqual({ identity: first.identity, created: false });
  });

  it('refuses a private directory without the marker, naming the identity and the fix', async () => {
    const repos = createRepositories((await freshStore()).db);
    const { identity } = await checkSharedDataDir(repos, { dataDir: freshDir(), nodeId: 1, nowMs: 0 });
    const own = freshDir();
    const refusal = checkSharedDataDir(repos, { dataDir: own, nodeId: 2, nowMs: 0 });
    await expect(refusal).rejects.toBeInstanceOf(ConfigError);
    await expect(refusal).rejects.toThrow(new RegExp(`${own}.*not this cluster's.*${identity}.*must share one data directory`));
    expect(fs.existsSync(path.join(own, dataDirMarkerName))).toBe(false);
  });

  it('refuses a directory marked by another store, whether this store has an identity or not', async () => {
    const other = createRepositories((await freshStore()).db);
    const theirs = freshDir();
    await checkSharedDataDir(other, { dataDir: theirs, nodeId: 1, nowMs: 0 });
    const repos = createRepositories((await freshStore()).db);
    await expect(checkSharedDataDir(repos, { dataDir: theirs, nodeId: 1, nowMs: 0 })).rejects.toThrow(/belongs to another store.*has no identity yet/);
    expect(await repos.storeIdentity.read()).toBeUndefined();
    await checkSharedDataDir(repos, { dataDir: freshDir(), nodeId: 1, nowMs: 0 });
    await expect(checkSharedDataDir(repos, { dataDir: theirs, nodeId: 2, nowMs: 0 })).rejects.toThrow(/belongs to another store.*this store's is/);
  });

  it('refuses a marker that is not one', async () => {
    const repos = createRepositories((await freshStore()).db);
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, dataDirMarkerName), 'not json');
    await expect(checkSharedDataDir(repos, { dataDir: dir, nodeId: 1, nowMs: 0 })).rejects.toThrow(/is not an OpenCEC data directory marker/);
  });
});
