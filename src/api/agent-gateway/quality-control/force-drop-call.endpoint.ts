import { Type } from '@sinclair/typebox';
import { forceReleaseCall } from '../../../engine/index.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { qcBase, qcEndpoint, qcErrors } from './qc-endpoint.ts';
import { gatewayCallId } from '../call-id-param.ts';

/**
 * CEC §12.1.8 forcedropcall/{callid} (ref L41977): the call is released for every party. A call not
 * in progress in the inspector's VDN is 900-003.
 */
export const forceDropCall = qcEndpoint({
  section: '12.1.8',
  name: 'forceDropCall',
  summary: 'Releasing a Call Forcibly',
  method: 'POST',
  path: `${qcBase}/forcedropcall/{callid}`,
  params: Type.Composite([AgentIdParams, Type.Object({ callid: Type.String({ minLength: 1, maxLength: 64 }) })]),
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => forceReleaseCall(engine, { inspectorWorkNo, callId: gatewayCallId(engine, inspectorWorkNo, params.callid), scope }),
});
