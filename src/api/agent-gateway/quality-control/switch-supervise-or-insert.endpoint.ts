import { ownSession, switchMonitor } from '../../../engine/index.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/**
 * CEC §12.1.10 switch/{workNo} (ref L42164): listening becomes inserting and inserting listening.
 * No events (ref L42222); the inspector's state (16 ⇄ 15) and command (22 "Switch") change.
 */
export const switchSuperviseOrInsert = qcEndpoint({
  section: '12.1.10',
  name: 'switchSuperviseOrInsert',
  summary: 'Switching Between Listening and Inserting',
  method: 'POST',
  path: `${qcBase}/switch/{workNo}`,
  params: WorkNoParams,
  errors: qcErrors,
  command: ({ engine, inspectorWorkNo, scope, params }) => {
    const own = ownSession(engine, { inspectorWorkNo, targetWorkNo: inspectedWorkNo(params.workNo), scope }, 'QcUnavailable');
    return own.ok ? switchMonitor(engine, own.value.session, 'toggle') : own;
  },
});
