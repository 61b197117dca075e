import { Type } from '@sinclair/typebox';
import { retCodeMessageEnvelope } from '../../http/envelope/index.ts';
import type { IvrFlowRow } from '../../store/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './tenant-of.ts';

const IvrFlowView = Type.Object({
  isLoad: Type.Integer({ description: '0 not loaded, 1 loaded' }),
  accessCode: Type.String(),
  maxCallNum: Type.Union([Type.Integer(), Type.Null()], { description: 'maximum concurrent calls; null when unlimited' }),
  description: Type.String(),
  id: Type.Integer({ description: 'flow ID' }),
  flowFileName: Type.String(),
  flowType: Type.Integer({ description: '0 unspecified, 1 GSL, 2 VoiceXML, 3 third-party IVR, 4 CCIVR VXML, 5 CCXML, 6 WaitScript' }),
});

/**
 * CEC §5.4.1 (ref L6234–6331): every IVR flow of the token's tenant, in flow id order, in the
 * `{result, retCode, message}` envelope, each flow with the example's seven fields.
 */
export const queryIvrFlowList = defineEndpoint({
  section: '5.4.1',
  name: 'ivrFlow/queryIVRFlowList',
  summary: 'Query all IVR flows of the tenant space',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/ivrFlow/queryIVRFlowList',
  auth: 'C1',
  envelope: retCodeMessageEnvelope,
  response: Type.Object({ result: Type.Array(IvrFlowView) }),
  async handler({ auth, services }) {
    const vdnId = tenantOf(auth, retCodeMessageEnvelope);
    const flows = await services.repos.ivr.listFlows(vdnId);
    return { result: flows.map(flowView), message: 'success' };
  },
});

function flowView(flow: IvrFlowRow) {
  return {
    isLoad: flow.isLoad,
    accessCode: flow.accessCode,
    maxCallNum: flow.maxCallNum,
    description: flow.description,
    id: flow.flowId,
    flowFileName: flow.flowFileName,
    flowType: flow.flowType,
  };
}
