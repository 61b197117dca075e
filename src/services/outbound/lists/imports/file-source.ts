import fs from 'node:fs/promises';
import path from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import type { IsalesFileServerRow } from '../../../../store/index.ts';

/**
 * Where an import file comes from (7.3.5, 7.4.8: `server.filePath + filePath + '/' + fileName`).
 * A file server whose IP is `local` reads the tenant's folder of the data directory, the embedded
 * default (docs/extensions.md); any other is an SFTP server (the only kind 7.8.1 supports).
 */
export const localServerIp = 'local';

/** The tenant's import folder in the data directory. */
export function localImportRoot(dataDir: string, vdnId: number): string {
  return path.join(dataDir, 'isales-files', String(vdnId));
}

/**
 * The platform's own SSH client key, offered to SFTP servers before the password when present
 * (docs/extensions.md): servers that allow only key logins can add its public half to their
 * authorized keys. One key for the whole server, in the data directory.
 */
export function sftpClientKeyPath(dataDir: string): string {
  return path.join(dataDir, 'isales-files', 'sftp-client-key');
}

export class ImportFileError extends Error {}

export interface FileLocation {
  server: IsalesFileServerRow;
  /** Opened only for SFTP. */
  password: () => Promise<string>;
  filePath: string;
  fileName: string;
  dataDir: string;
  connectTimeoutMs: number;
}

export async function fetchImportFile(location: FileLocation): Promise<Buffer> {
  const relative = path.posix.join(location.server.filePath || '/', location.filePath || '', location.fileName);
  if (location.server.ip.toLowerCase() === localServerIp) return readLocal(localImportRoot(location.dataDir, location.server.vdnId), relative);
  return readSftp(location, relative);
}

async function readLocal(root: string, relative: string): Promise<Buffer> {
  const full = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  // The path is the client's: it must stay inside the tenant's folder.
  if (full !== root && !full.startsWith(`${root}${path.sep}`)) throw new ImportFileError('The file path is outside the file server directory.');
  try {
    return await fs.readFile(full);
  } catch {
    throw new ImportFileError(`The file ${relative} does not exist on the file server.`);
  }
}

async function readSftp(location: FileLocation, remotePath: string): Promise<Buffer> {
  const client = new SftpClient('opencec-isales-import');
  const privateKey = await fs.readFile(sftpClientKeyPath(location.dataDir)).catch(() => undefined);
  try {
    await client.connect({
      host: location.server.ip,
      port: Number(location.server.port),
      username: location.server.userName,
      password: await location.password(),
      ...(privateKey ? { privateKey } : {}),
      readyTimeout: location.connectTimeoutMs,
      retries: 0,
    });
  } catch (error) {
    throw new ImportFileError(`Failed to connect to the SFTP server: ${(error as Error).message}`);
  }
  try {
    const data = await client.get(remotePath);
    if (!Buffer.isBuffer(data)) throw new ImportFileError('The SFTP server returned no file content.');
    return data;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`The file ${remotePath} cannot be read from the SFTP server: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
