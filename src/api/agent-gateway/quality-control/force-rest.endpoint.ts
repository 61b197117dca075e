import { Type } from '@sinclair/typebox';
import { forceRest } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { inspectedWorkNo, qcBase, qcEndpoint, qcErrors, WorkNoParams } from './qc-endpoint.ts';

/** An integer path parameter within the bounds of Table 12-32, else 000-002. */
function boundedInteger(raw: string, min: number, max: number, what: string): number {
  const value = Number(raw);
  if (!/^\d{1,6}$/.test(raw) || value < min || value > max) throw new CecError('000-002', `The ${what} must be an integer from ${min} to ${max}.`);
  return value;
}

/**
 * CEC §12.1.11 forcerest/{workNo}/{time}/{reason} (ref L42248): the agent rests for `time` seconds
 * (1–86399) with rest reason `reason` (1–255, Table 12-32); AgentState_SetRest_Success to the agent,
 * AgentState_Rest_Timeout when the time is up.
 */
export const forceRestEndpoint = qcEndpoint({
  section: '12.1.11',
  name: 'forceRest',
  summary: 'Forcing an Agent to Rest',
  method: 'POST',
  path: `${qcBase}/forcerest/{workNo}/{time}/{reason}`,
  params: Type.Composite([WorkNoParams, Type.Object({ time: Type.String(), reason: Type.String() })]),
  errors: ['000-002', ...qcErrors],
  command: ({ engine, inspectorWorkNo, scope, params }) => {
    const targetWorkNo = inspectedWorkNo(params.workNo);
    const seconds = boundedInteger(params.time, 1, 86399, 'rest time');
    const reason = boundedInteger(params.reason, 1, 255, 'rest reason');
    return forceRest(engine, { inspectorWorkNo, targetWorkNo, scope }, { seconds, reason });
  },
});
