import { Type } from '@sinclair/typebox';
import { blacklistNumber } from '../../../../domain/outbound/lists/blacklist-rules.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler } from '../lists-request.ts';

const errors = ['0200001', '0200006', ...genericListErrors.slice(1)];

/**
 * CEC §7.3.2 blocklist/delete (ref L25620): removes one number. Removing a number that is not
 * listed succeeds too: the number is not blacklisted afterwards either way, and the reference
 * lists no "not found" code here (decision 0733).
 */
export const deleteBlacklistNumberEndpoint = defineEndpoint({
  section: '7.3.2',
  name: 'blocklist/delete',
  summary: 'Deleting an outbound number from the blacklist',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist/delete',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ blocklistNo: Type.Optional(Type.String({ description: '≤24 of [0-9*#]' })) }),
  response: Type.Object({}),
  errors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const number = blacklistNumber('blocklistNo', body.blocklistNo);
      await services.tenantLocks.run(`isales-blacklist:${vdnId}`, () => services.repos.isalesBlacklist.remove(vdnId, number));
      return {};
    }),
});

/** CEC §7.3.3 DELETE blocklist (ref L25722): clears the VDN's blacklist. */
export const deleteAllBlacklistEndpoint = defineEndpoint({
  section: '7.3.3',
  name: 'blocklist (delete all)',
  summary: 'Deleting all outbound numbers from the blacklist',
  method: 'DELETE',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  response: Type.Object({}),
  errors,
  handler: ({ params, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      await services.tenantLocks.run(`isales-blacklist:${vdnId}`, () => services.repos.isalesBlacklist.removeAll(vdnId));
      return {};
    }),
});
