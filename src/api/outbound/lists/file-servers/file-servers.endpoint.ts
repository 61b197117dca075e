import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { addFileServer, deleteFileServer, fileServerView, updateFileServer } from '../../../../services/outbound/lists/file-servers.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import type { ApiServices } from '../../../services.ts';
import { isalesVdnIdSchema, isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler, offsetLimit, offsetLimitFields } from '../lists-request.ts';
import { fileServerBody, fileServerInput } from './file-server-request.ts';

// The 7.8 error tables also print 0200033/0200034, copied from 7.7.1 (note 04 §8.4 #41); no file-server rule produces them.
const serverParams = Type.Object({ vdnId: isalesVdnIdSchema, serverId: Type.String() });
const deps = (services: ApiServices) => ({ repos: services.repos, secrets: services.secrets, ids: services.ids, nowMs: services.clock.now() });
const lock = (vdnId: number) => `isales-file-servers:${vdnId}`;

/** CEC §7.8.1 file/addServer (ref L28354): registers an SFTP server; the password is sealed and never returned. */
export const addFileServerEndpoint = defineEndpoint({
  section: '7.8.1',
  name: 'file/addServer',
  summary: 'Adding a file server',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/file/addServer',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: fileServerBody,
  response: Type.Object({ serverId: Type.String() }),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const input = fileServerInput(body, true);
      const serverId = await services.tenantLocks.run(lock(vdnId), () => addFileServer(deps(services), vdnId, { ...input, password: input.password! }));
      return { serverId, resultDesc: 'success' };
    }),
});

/** CEC §7.8.2 file/{serverId}/deleteServer (ref L28480). */
export const deleteFileServerEndpoint = defineEndpoint({
  section: '7.8.2',
  name: 'file/deleteServer',
  summary: 'Deleting a file server',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/file/{serverId}/deleteServer',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: serverParams,
  response: Type.Object({}),
  errors: ['0200001', '0200006', ...genericListErrors.slice(1)],
  handler: ({ params, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      await services.tenantLocks.run(lock(vdnId), () => deleteFileServer(services.repos, vdnId, params.serverId));
      return { resultDesc: 'success' };
    }),
});

/** CEC §7.8.3 file/{serverId}/updateServer (ref L28574): a new IP address needs the password again. */
export const updateFileServerEndpoint = defineEndpoint({
  section: '7.8.3',
  name: 'file/updateServer',
  summary: 'Modifying a file server',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/file/{serverId}/updateServer',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: serverParams,
  body: fileServerBody,
  response: Type.Object({}),
  errors: ['0200001', '0200006', ...genericListErrors.slice(1)],
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const input = fileServerInput(body, false);
      await services.tenantLocks.run(lock(vdnId), () => updateFileServer(deps(services), vdnId, params.serverId, input));
      return { resultDesc: 'success' };
    }),
});

/** CEC §7.8.4 file/queryServer (ref L28701): a page of the tenant's servers, optionally only the given ids. */
export const queryFileServersEndpoint = defineEndpoint({
  section: '7.8.4',
  name: 'file/queryServer',
  summary: 'Querying a file server',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/file/queryServer',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ ...offsetLimitFields, serverIds: Type.Optional(Type.Array(Type.String())) }),
  response: Type.Object({ server: Type.Array(Type.Object({ port: Type.String(), ip: Type.String(), filePath: Type.String(), userName: Type.String(), serverId: Type.String() })), count: Type.Integer() }),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const { offset, limit } = offsetLimit(body, true)!;
      const { rows, count } = await services.repos.isalesImports.serversPage(vdnId, offset, limit, body.serverIds && body.serverIds.length > 0 ? body.serverIds : undefined);
      return { server: rows.map(fileServerView), count, resultDesc: 'success' };
    }),
});
