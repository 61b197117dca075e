import type { EngineCore } from '../core/index.ts';
import { fail, type Call, type Result } from '../core/index.ts';
import { callout } from './outbound-call.ts';

/**
 * CEC §6.1.2.2 previewCallout {called, callcontrolid} (sequence G of note 02 §5.5): the agent
 * dials a number of the preview task an outbound campaign offered it (AgentEvent_Preview*): the
 * control id must be the task's and the number one of its `dialeddigits` (ref L9695), else
 * 200-036. The call is a previewed outbound call (feature 44) carrying the task's call data, and
 * progresses as a common outbound call does (decision 0411).
 */
export function previewCallout(engine: EngineCore, request: { workNo: number; called: string; controlId: string }): Result<Call> {
  const agent = engine.agents.get(request.workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const preview = agent.preview;
  if (!preview) return fail('PreviewInvalid', 'the agent has no preview task');
  if (preview.controlId !== request.controlId) return fail('PreviewInvalid', `control id ${request.controlId} is not the preview task's (${preview.controlId})`);
  if (!preview.numbers.includes(request.called)) return fail('PreviewInvalid', `${request.called} is not a number of the preview task`);
  return callout(engine, { workNo: request.workNo, called: request.called, callData: preview.callData, feature: 44 });
}
