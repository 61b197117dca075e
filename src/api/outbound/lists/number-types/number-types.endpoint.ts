import { Type } from '@sinclair/typebox';
import { duplicatesOf, fail, requiredList, requiredText } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler } from '../lists-request.ts';

/** CEC §7.4.4 (ref L26692): "A maximum of 20 number types can be added at a time." */
const typesPerAddMax = 20;

/**
 * CEC §7.4.4 callNoType/add (ref L26680): number types of the VDN, ≤20 characters of letters,
 * digits and "-", unique in the request. Types are matched without case (`called[].type`,
 * `policyJson[].dataType`); one the VDN has already is kept as it is (decision 0733).
 */
export const addNumberTypesEndpoint = defineEndpoint({
  section: '7.4.4',
  name: 'callNoType/add',
  summary: 'Adding number types',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callNoType/add',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ callNoTypes: Type.Optional(Type.Array(Type.String(), { description: `≤${typesPerAddMax} names of ≤20 [A-Za-z0-9-]` })) }),
  response: Type.Object({}),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const names = requiredList('callNoTypes', body.callNoTypes).map((n, i) => requiredText(`callNoTypes[${i}]`, n, { max: 20, pattern: /^[A-Za-z0-9-]+$/ }));
      if (names.length > typesPerAddMax) fail('tooManyParameters', `A maximum of ${typesPerAddMax} number types can be added at a time.`);
      const twice = duplicatesOf(names, (n) => n.toLowerCase());
      if (twice.length > 0) fail('invalidValue', `The number type names must be unique: ${twice.join(',')}`);
      await services.tenantLocks.run(`isales-lists:${vdnId}`, async () => {
        const known = new Set(await services.repos.isalesDefinitions.numberTypeKeysIn(vdnId, names.map((n) => n.toLowerCase())));
        await services.repos.isalesDefinitions.insertNumberTypes(vdnId, names.filter((n) => !known.has(n.toLowerCase())));
      });
      return {};
    }),
});

/** CEC §7.4.5 callNoType/query (ref L26782): every number type of the VDN, in the order they were added. */
export const queryNumberTypesEndpoint = defineEndpoint({
  section: '7.4.5',
  name: 'callNoType/query',
  summary: 'Querying number types',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callNoType/query',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  response: Type.Object({ data: Type.Array(Type.String()) }),
  errors: ['0200001'],
  handler: ({ params, auth, services }) => listHandler(auth, params.vdnId, async (vdnId) => ({ data: await services.repos.isalesDefinitions.numberTypes(vdnId) })),
});
