import { Type } from '@sinclair/typebox';
import { fail, optionalText, requiredText } from '../../../../domain/outbound/lists/isales-fields.ts';
import type { FileServerInput } from '../../../../services/outbound/lists/file-servers.ts';

/** serverInfo of 7.8.1/7.8.3 (Table 7-303): ip, port (a String) and the default directory. */
export const serverInfoSchema = Type.Object({
  ip: Type.Optional(Type.String({ description: 'IP address or host name; "local" for the data directory (docs/extensions.md)' })),
  port: Type.Optional(Type.String({ description: '1–65535' })),
  filePath: Type.Optional(Type.String({ description: 'default directory, e.g. /home/sftp' })),
});

export const fileServerBody = Type.Object({
  serverInfo: Type.Optional(serverInfoSchema),
  userName: Type.Optional(Type.String({ description: '≤30, none of ~!@#$%^&*()+={}|\'";<>/?.\\[]' })),
  serverPwd: Type.Optional(Type.String({ description: '8–80 characters, stored sealed, never returned' })),
});

/** CEC §7.8.1 (ref L28367): the characters a user name may not hold. */
const userNameForbidden = /[`~!@#$%^&*()+={}|'";<>/?.\\[\]]/;
const hostPattern = /^[A-Za-z0-9.:_-]+$/;

/** The fields of an add or update request, checked; the password only when `passwordRequired` or given. */
export function fileServerInput(body: { serverInfo?: { ip?: string; port?: string; filePath?: string }; userName?: string; serverPwd?: string }, passwordRequired: boolean): FileServerInput {
  if (!body.serverInfo) fail('empty', 'serverInfo is empty');
  const ip = requiredText('serverInfo.ip', body.serverInfo.ip, { max: 255, pattern: hostPattern });
  const port = requiredText('serverInfo.port', body.serverInfo.port, { max: 5, pattern: /^\d+$/ });
  if (Number(port) < 1 || Number(port) > 65535) fail('invalidValue', 'serverInfo.port must be between 1 and 65535');
  const filePath = requiredText('serverInfo.filePath', body.serverInfo.filePath, { max: 255 });
  const userName = requiredText('userName', body.userName, { max: 30, forbidden: userNameForbidden });
  // CEC §7.8.1 (ref L28368, example L28474): "The password must be a string of 8 to 80 characters" → 02000005.
  const passwordRule = { min: 8, max: 80 };
  const password = passwordRequired ? requiredText('serverPwd', body.serverPwd, passwordRule) : optionalText('serverPwd', body.serverPwd, passwordRule);
  return { ip, port, filePath, userName, password };
}
