import { forceIdle } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.6 forceidle/{workNo} (ref L41807): the agent leaves busy, rest or wrap-up for idle
 * (in a call: what it asked for after the call is dropped). No events to the inspector (ref L41864).
 */
export const forceIdleEndpoint = qcEndpoint({
  section: '12.1.6',
  name: 'forceidle',
  summary: 'Indicating an Agent in Idle State Forcibly',
  method: 'POST',
  path: `${qcBase}/forceidle/{workNo}`,
  params: WorkNoParams,
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => forceIdle(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }),
});
