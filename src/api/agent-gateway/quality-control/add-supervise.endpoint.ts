import { startMonitor } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.2 addsupervise/{workNo} (ref L41452): an idle inspector listens to the agent, who and
 * whose customer are unaware (ref L41463). The inspector hears AgentOther_PhoneAlerting →
 * AgentOther_PhoneOffhook → AgentState_Busy; its state becomes 16 "listening" (Table 6-454).
 */
export const addSupervise = qcEndpoint({
  section: '12.1.2',
  name: 'addSupervise',
  summary: 'Listening',
  method: 'PUT',
  path: `${qcBase}/addsupervise/{workNo}`,
  params: WorkNoParams,
  errors: [...qcErrors, '900-005'],
  command: ({ engine, inspectorWorkNo, scope, params }) => startMonitor(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }, 'listen'),
});
