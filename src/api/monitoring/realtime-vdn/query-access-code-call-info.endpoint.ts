import { Type } from '@sinclair/typebox';
import { callsByAccessCode } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { numberedAccessCodes } from './access-code-ids.ts';
import { cmsEngine, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  innoId: Type.Integer(),
  allCallCount: Type.Integer({ description: 'Customers on the access code now' }),
  ivrCallCount: Type.Integer(),
  agentCallCount: Type.Integer(),
  queueCallCount: Type.Integer(),
  longestWaitTime: Type.Integer({ description: 'Longest wait of a queued call, seconds' }),
});

/**
 * CEC §12.3.1.1.11 queryaccesscodecallinfo (ref L54792–L54891): the live calls of up to 500
 * access codes (their `acId`s of 12.3.1.1.1, decision 0803), one item per requested ID in the
 * order asked (a repeated ID once). An ID the VDN does not have reports no calls (note 08 §5.6).
 * The table's `innolds`/`innold` are OCR slips for `innoIds`/`innoId` (note 08, reading notes).
 */
export const queryAccessCodeCallInfo = defineEndpoint({
  section: '12.3.1.1.11',
  name: 'vdn/queryaccesscodecallinfo',
  summary: 'Querying information about calls of a specified access code',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryaccesscodecallinfo',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: ccIdSchema,
    vdn: vdnIdSchema,
    innoIds: Type.Array(Type.Integer({ minimum: 0, maximum: 2147483647 }), { minItems: 1, maxItems: 500, description: 'Access code IDs (at most 500)' }),
  }),
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const codes = new Map((await numberedAccessCodes(services.repos, engine.vdnId)).map((c) => [c.acId, c.accessCode]));
    const stats = callsByAccessCode(engine, [...codes.values()], engine.now());
    const resultDesc = [...new Set(body.innoIds)].map((innoId) => {
      const s = stats.get(codes.get(innoId) ?? '');
      return { innoId, allCallCount: s?.all ?? 0, ivrCallCount: s?.ivr ?? 0, agentCallCount: s?.agent ?? 0, queueCallCount: s?.queue ?? 0, longestWaitTime: s?.longestWaitSeconds ?? 0 };
    });
    return { resultDesc };
  },
});
