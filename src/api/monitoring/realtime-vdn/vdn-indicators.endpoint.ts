import { Type } from '@sinclair/typebox';
import { vdnRealtimeIndicatorIds, vdnRealtimeIndicators, type VdnIndicator } from '../../../domain/monitoring/index.ts';
import { liveCallCounts, signedInByCtiState, type TenantEngine } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { cmsEngine, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  id: Type.String({ description: 'VDN ID' }),
  idxs: Type.Array(Type.Object({ id: Type.String({ description: 'Indicator code' }), val: Type.Integer() })),
});

/** The value of one Table 12-693 indicator in a VDN now (decision 0805 for what each counts). */
function indicatorValue(indicator: VdnIndicator, engine: TenantEngine, calls: ReturnType<typeof liveCallCounts>, byState: number[]): number {
  switch (indicator.measure) {
    case 'connectedCalls':
      return calls.connected;
    case 'calls':
      return calls.calls;
    case 'ivrCalls':
      return calls.ivr;
    case 'queuedCalls':
      return calls.queued;
    case 'agentsSignedIn':
      return engine.agents.size;
    case 'agentsInStatus':
      return byState[indicator.status!] ?? 0;
    case 'agentsNotSignedIn': {
      let signedIn = 0;
      for (const workNo of engine.agents.keys()) if (engine.config.agents.has(workNo)) signedIn += 1;
      return engine.config.agents.size - signedIn;
    }
  }
}

/**
 * CEC §12.3.1.1.17 rindex/vdn (ref L55457–L55577): values of the real-time VDN indicators of
 * Table 12-693 for up to 100 VDNs, one entry per requested VDN and one value per requested code,
 * in the order asked. A code not in Table 12-693 is 0100002; each VDN must be readable by the
 * caller (0101003 for another tenant's). `ccId` is optional: the default call center.
 */
export const vdnIndicators = defineEndpoint({
  section: '12.3.1.1.17',
  name: 'rindex/vdn',
  summary: 'Obtaining real-time monitoring indicators by VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/rindex/vdn',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    vdnIds: Type.Array(vdnIdSchema, { minItems: 1, maxItems: 100, description: 'VDN IDs (at most 100)' }),
    indexIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: vdnRealtimeIndicatorIds.length, description: 'Codes of Table 12-693' }),
  }),
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const unknown = body.indexIds.find((id) => !Object.hasOwn(vdnRealtimeIndicators, id));
    if (unknown !== undefined) throw cmsFailure('invalidParameter', `unknown indicator ${unknown}`);
    const engines = [];
    for (const vdn of body.vdnIds) engines.push(await cmsEngine(services, auth, { ccId: body.ccId, vdn }));
    const resultDesc = engines.map((engine) => {
      const calls = liveCallCounts(engine);
      const byState = signedInByCtiState(engine);
      return { id: String(engine.vdnId), idxs: body.indexIds.map((id) => ({ id, val: indicatorValue(vdnRealtimeIndicators[id]!, engine, calls, byState) })) };
    });
    return { resultDesc };
  },
});
