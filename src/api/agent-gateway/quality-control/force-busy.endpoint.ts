import { forceBusy } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.5 forcebusy/{workNo} (ref L41718): the agent is set busy (after its call, when in one).
 * No events to the inspector (ref L41778); the agent hears AgentState_SetNotReady_Success.
 */
export const forceBusyEndpoint = qcEndpoint({
  section: '12.1.5',
  name: 'forceBusy',
  summary: 'Indicating an Agent in Busy State Forcibly',
  method: 'POST',
  path: `${qcBase}/forcebusy/{workNo}`,
  params: WorkNoParams,
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => forceBusy(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }),
});
