import { stopMonitor } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.4 DELETE {workNo} (ref L41630): the inspector stops listening to or barging in on the
 * agent (a whisper too, decision 1202): AgentOther_PhoneRelease → AgentState_Ready (ref L41691).
 */
export const stopSuperviseOrInsert = qcEndpoint({
  section: '12.1.4',
  name: 'stopSuperviseOrInsert',
  summary: 'Canceling Listening and Inserting',
  method: 'DELETE',
  path: `${qcBase}/{workNo}`,
  params: WorkNoParams,
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => stopMonitor(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }, 'QcUnavailable'),
});
