import { intercept } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.3 intercept/{workNo} (ref L41543): the inspector monitoring the agent takes its
 * customer over; the agent leaves the call and goes idle. The inspector hears AgentEvent_Talking →
 * AgentMediaEvent_Record (its part is recorded).
 */
export const interceptCall = qcEndpoint({
  section: '12.1.3',
  name: 'intercept',
  summary: 'Intercepting',
  method: 'PUT',
  path: `${qcBase}/intercept/{workNo}`,
  params: WorkNoParams,
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => intercept(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }),
});
