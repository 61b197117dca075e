import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases, cmsTenant } from '../cms-request.ts';
import { numberedAccessCodes } from './access-code-ids.ts';
import { VdnBody, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  acId: Type.Integer({ description: 'Access code ID (decision 0803)' }),
  mediatypeId: Type.Integer({ description: 'Table 12-695' }),
  accessCode: Type.String(),
  codeDescription: Type.String(),
});

/** CEC §12.3.1.1.1 queryaccesscodeinfo (ref L53631–L53719): the system access codes of the VDN, in envelope B. */
export const queryAccessCodeInfo = defineEndpoint({
  section: '12.3.1.1.1',
  name: 'vdn/queryaccesscodeinfo',
  summary: 'Querying information about system access codes in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryaccesscodeinfo',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: VdnBody,
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    const codes = await numberedAccessCodes(services.repos, vdnId);
    return { resultDesc: codes.map((c) => ({ acId: c.acId, mediatypeId: c.mediaTypeId, accessCode: c.accessCode, codeDescription: c.description })) };
  },
});
