import { Type } from '@sinclair/typebox';
import { blacklistNumber } from '../../../../domain/outbound/lists/blacklist-rules.ts';
import { fail } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { blacklistBatchMax, blacklistView } from '../../../../services/outbound/lists/blacklist.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler, offsetLimit, offsetLimitFields } from '../lists-request.ts';

/**
 * CEC §7.3.4 blocklist/query (ref L25815): either up to 20 given numbers (those listed, with
 * `flag` = still valid) or a page by offset/limit; one of the two is mandatory (ref L25864).
 */
export const queryBlacklistEndpoint = defineEndpoint({
  section: '7.3.4',
  name: 'blocklist/query',
  summary: 'Querying blacklisted outbound numbers',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist/query',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ blocklist: Type.Optional(Type.Array(Type.String(), { description: `≤${blacklistBatchMax} numbers` })), ...offsetLimitFields }),
  response: Type.Object({ data: Type.Array(Type.Object({ validityExpirationTime: Type.Union([Type.String(), Type.Null()]), blockNum: Type.String(), flag: Type.Optional(Type.Boolean()) })) }),
  errors: ['0200001', '0200006', ...genericListErrors.slice(1)],
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const now = services.clock.now();
      if (body.blocklist !== undefined && body.blocklist.length > 0) {
        if (body.blocklist.length > blacklistBatchMax) fail('tooManyParameters', `A maximum of ${blacklistBatchMax} blacklisted numbers can be queried.`);
        const numbers = body.blocklist.map((n, i) => blacklistNumber(`blocklist[${i}]`, n));
        const rows = await services.repos.isalesBlacklist.byNumbers(vdnId, numbers);
        const order = new Map(numbers.map((n, i) => [n, i]));
        rows.sort((a, b) => order.get(a.blockNum)! - order.get(b.blockNum)!);
        return { data: rows.map((r) => blacklistView(r, now, true)), resultDesc: 'query BlockList Success' };
      }
      const page = offsetLimit(body, false);
      if (!page) fail('invalidCombination', 'Either the limit and offset parameters or the blocklist parameter must be set.');
      const rows = await services.repos.isalesBlacklist.page(vdnId, page.offset, page.limit);
      return { data: rows.map((r) => blacklistView(r, now, false)), resultDesc: 'query BlockList Success' };
    }),
});
