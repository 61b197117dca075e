import { Type } from '@sinclair/typebox';
import { blacklistNumber, blacklistTerms } from '../../../../domain/outbound/lists/blacklist-rules.ts';
import { requiredList } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { addToBlacklist, blacklistBatchMax } from '../../../../services/outbound/lists/blacklist.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler } from '../lists-request.ts';

/** CEC §7.3.1 blocklist/add (ref L25492): up to 20 numbers with a validity and an optional call restriction, all or none. */
export const addBlacklistEndpoint = defineEndpoint({
  section: '7.3.1',
  name: 'blocklist/add',
  summary: 'Adding outbound numbers to the blacklist',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist/add',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({
    blocklist: Type.Optional(Type.Array(Type.String(), { description: `≤${blacklistBatchMax} numbers of ≤24 [0-9*#]` })),
    validityExpirationTime: Type.Optional(Type.String({ description: 'yyyy-MM-dd HH:mm:ss' })),
    validityTime: Type.Optional(Type.Integer({ description: 'hours, 1–120' })),
    restrictTimes: Type.Optional(Type.Integer({ description: '1–100, with restrictPeriod' })),
    restrictPeriod: Type.Optional(Type.String({ description: '0 every hour, 1 every day' })),
  }),
  response: Type.Object({}),
  errors: ['0200001', '0200006', '0200007', '0200018', '0200029', ...genericListErrors.slice(1)],
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const numbers = requiredList('blocklist', body.blocklist).map((n, i) => blacklistNumber(`blocklist[${i}]`, n));
      const now = services.clock.now();
      const terms = blacklistTerms(body, now);
      await services.tenantLocks.run(`isales-blacklist:${vdnId}`, () => addToBlacklist(services.repos, vdnId, numbers, terms, now));
      return { resultDesc: 'The blacklist is added successfully' };
    }),
});
