import { forceSignOut } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.7 forcelogout/{workNo} (ref L41891): the agent is signed out, its calls ending first;
 * its last event is AgentOther_ShutdownService and its GUID no longer works.
 */
export const forceLogoutAgent = qcEndpoint({
  section: '12.1.7',
  name: 'forceLogoutAgent',
  summary: 'Forcibly Signing Out',
  method: 'POST',
  path: `${qcBase}/forcelogout/{workNo}`,
  params: WorkNoParams,
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => forceSignOut(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }),
});
