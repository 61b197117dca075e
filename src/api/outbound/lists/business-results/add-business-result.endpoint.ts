import { Type } from '@sinclair/typebox';
import { optionalText, requiredText, specialCharacters } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { addBusinessResult } from '../../../../services/outbound/lists/business-results.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler } from '../lists-request.ts';

const definitionFields = {
  name: Type.Optional(Type.String({ description: '≤50, no special characters' })),
  code: Type.Optional(Type.String({ description: '≤50 of digits, letters and -' })),
  description: Type.Optional(Type.String({ description: '≤200, no special characters' })),
};

const codeRule = { max: 50, pattern: /^[A-Za-z0-9-]+$/ };

function definition(prefix: string, input: { name?: string; code?: string; description?: string }) {
  return {
    name: requiredText(`${prefix}name`, input.name, { max: 50, forbidden: specialCharacters }),
    code: optionalText(`${prefix}code`, input.code, codeRule),
    description: optionalText(`${prefix}description`, input.description, { max: 200, forbidden: specialCharacters }) ?? '',
  };
}

/** CEC §7.1.12 addBusinessResult (ref L24288): a business result with one level of children; no modification interface. */
export const addBusinessResultEndpoint = defineEndpoint({
  section: '7.1.12',
  name: 'addBusinessResult',
  summary: 'Adding the definition of an outbound call business result',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/addBusinessResult',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ ...definitionFields, children: Type.Optional(Type.Array(Type.Object(definitionFields))) }),
  response: Type.Object({}),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const parent = definition('', body);
      const children = (body.children ?? []).map((c, i) => definition(`children[${i}].`, c));
      await services.tenantLocks.run(`isales-lists:${vdnId}`, () => addBusinessResult(services.repos, vdnId, { ...parent, children }));
      return { resultDesc: 'addBusinessResult success' };
    }),
});
