import type { SnowflakeIds } from '../../../domain/ids/index.ts';
import { fail } from '../../../domain/outbound/lists/isales-fields.ts';
import type { SecretSource } from '../../../auth/index.ts';
import type { IsalesFileServerRow, Repositories } from '../../../store/index.ts';
import { longListId } from './list-ids.ts';
import { sealPassword } from './password-seal.ts';

export interface FileServerInput {
  ip: string;
  port: string;
  filePath: string;
  userName: string;
  /** Absent on a modification that keeps the password (7.8.3). */
  password: string | undefined;
}

export interface FileServerDeps {
  repos: Repositories;
  secrets: SecretSource;
  ids: SnowflakeIds;
  nowMs: number;
}

/** CEC §7.8.1 (ref L28354): registers an SFTP server; "the server information must be unique in the same tenant space". */
export async function addFileServer(deps: FileServerDeps, vdnId: number, input: FileServerInput & { password: string }): Promise<string> {
  await refuseDuplicate(deps.repos, vdnId, input, '');
  const serverId = longListId(deps.nowMs, deps.ids);
  const passwordCipher = await sealPassword(deps.repos, deps.secrets, vdnId, input.password);
  await deps.repos.isalesImports.insertServer({ serverId, vdnId, ip: input.ip, port: input.port, filePath: input.filePath, userName: input.userName, passwordCipher, createdAtMs: deps.nowMs });
  return serverId;
}

/** CEC §7.8.3 (ref L28574): a changed IP address needs the password again (ref L28624). */
export async function updateFileServer(deps: FileServerDeps, vdnId: number, serverId: string, input: FileServerInput): Promise<void> {
  const current = await existingServer(deps.repos, vdnId, serverId);
  if (input.password === undefined && input.ip !== current.ip) fail('empty', 'serverPwd is mandatory when the IP address changes');
  await refuseDuplicate(deps.repos, vdnId, input, serverId);
  const passwordCipher = input.password === undefined ? current.passwordCipher : await sealPassword(deps.repos, deps.secrets, vdnId, input.password);
  await deps.repos.isalesImports.updateServer(vdnId, serverId, { ip: input.ip, port: input.port, filePath: input.filePath, userName: input.userName, passwordCipher });
}

export async function deleteFileServer(repos: Repositories, vdnId: number, serverId: string): Promise<void> {
  if ((await repos.isalesImports.deleteServer(vdnId, serverId)) === 0) serverMissing();
}

/** The server of the tenant, or 0200006 "The server configuration does not exist" (ref L28543). */
export async function existingServer(repos: Repositories, vdnId: number, serverId: string): Promise<IsalesFileServerRow> {
  const server = await repos.isalesImports.server(vdnId, serverId);
  return server ?? serverMissing();
}

function serverMissing(): never {
  return fail('databaseError', 'The server configuration does not exist.');
}

async function refuseDuplicate(repos: Repositories, vdnId: number, input: FileServerInput, exceptId: string): Promise<void> {
  const same = await repos.isalesImports.sameServer(vdnId, input.ip, input.port, input.userName, exceptId);
  if (same) fail('invalidValue', 'The server information must be unique in the same tenant space.');
}

/** Table 7-318 Server: never the password, sealed or not. */
export function fileServerView(row: IsalesFileServerRow): Record<string, unknown> {
  return { port: row.port, ip: row.ip, filePath: row.filePath, userName: row.userName, serverId: row.serverId };
}
