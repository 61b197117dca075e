import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Repositories } from '../store/index.ts';
import { ConfigError } from './config.ts';

/** The marker in a cluster's data directory naming the store it belongs to (decision 1733). */
export const dataDirMarkerName = 'opencec-store.json';

interface Marker {
  identity: string;
}

function readMarker(file: string): Marker | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    const marker = JSON.parse(text) as Partial<Marker>;
    if (typeof marker.identity === 'string' && marker.identity !== '') return { identity: marker.identity };
  } catch {
    // Reported below with the file's name.
  }
  throw new ConfigError(`${file} is not an OpenCEC data directory marker ({"identity":"…"}); remove it or restore it`);
}

/** Writes the marker atomically (a reader never sees half a file). */
function writeMarker(file: string, marker: Marker & { createdByNode: number; createdAt: string }): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(marker, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

/**
 * Cluster mode: the nodes must share one data directory, as they share the store (recordings,
 * voice files and CC-FS packages are files there, and any node may be asked for them). The first
 * node gives the store an identity and writes it into the data directory; every later node
 * finds the same identity in both, or refuses to start with a message saying what is wrong.
 * Run under the start-up lock, so two first nodes do not both give the store an identity.
 */
export async function checkSharedDataDir(repos: Repositories, input: { dataDir: string; nodeId: number; nowMs: number }): Promise<{ identity: string; created: boolean }> {
  const file = path.join(input.dataDir, dataDirMarkerName);
  const marker = readMarker(file);
  const stored = await repos.storeIdentity.read();
  if (stored === undefined) {
    if (marker) {
      throw new ConfigError(
        `the data directory ${input.dataDir} belongs to another store (identity ${marker.identity} in ${file}), but this store has no identity yet: give this cluster its own shared data directory, or point --store at the store that directory belongs to`,
      );
    }
    const identity = await repos.storeIdentity.claim(randomUUID(), input.nowMs);
    writeMarker(file, { identity, createdByNode: input.nodeId, createdAt: new Date(input.nowMs).toISOString() });
    return { identity, created: true };
  }
  if (!marker) {
    throw new ConfigError(
      `the data directory ${input.dataDir} is not this cluster's: the store's identity is ${stored}, and the nodes of a cluster must share one data directory (recordings, voice files) whose ${dataDirMarkerName} names it. Mount the shared directory at ${input.dataDir} (or pass it as --data-dir); if this is that directory and only its marker was lost, write {"identity":"${stored}"} to ${file}`,
    );
  }
  if (marker.identity !== stored) {
    throw new ConfigError(`the data directory ${input.dataDir} belongs to another store (identity ${marker.identity} in ${file}; this store's is ${stored}): pass the data directory shared by the nodes of this cluster`);
  }
  return { identity: stored, created: false };
}
