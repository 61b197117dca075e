import { startMonitor } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.1 addinsert/{workNo} (ref L41362): an idle inspector barges in on the agent; the three
 * of them talk. AgentOther_PhoneAlerting → AgentOther_PhoneOffhook → AgentState_Busy to the
 * inspector; its state becomes 15 "inserting" (Table 6-454).
 */
export const addInsert = qcEndpoint({
  section: '12.1.1',
  name: 'addInsert',
  summary: 'Inserting',
  method: 'PUT',
  path: `${qcBase}/addinsert/{workNo}`,
  params: WorkNoParams,
  errors: [...qcErrors, '900-005'],
  command: ({ engine, inspectorWorkNo, scope, params }) => startMonitor(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }, 'insert'),
});
