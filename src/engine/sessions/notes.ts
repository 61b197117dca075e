import type { EngineCore } from '../core/index.ts';
import { fail, ok, type Result } from '../core/index.ts';

/** CEC §6.1.1.4 (Table 6-18, ref L7207): "A maximum of 100 agent IDs can be transferred." */
export const noteRecipientsMax = 100;
/** CEC §6.1.1.4 (Table 6-18, ref L7208): "The value contains 0 to 1023 bytes." */
export const noteContentBytesMax = 1023;

const utf8 = new TextEncoder();

/**
 * CEC §6.1.1.4 sendnoteletex: a note from one agent to others of its VDN. "If the agent who
 * receives the note signs in" (ref L7221) it gets AgentOther_Note; recipients that are not signed
 * in, or belong to another VDN (this engine holds only its own), are skipped. Each recipient gets
 * the note once, however often it is listed.
 *
 * The reference's example event carries `content: null` (ref L19894), which would deliver a note
 * without its text; the event carries `{sender, content}` instead (note 02 §8.5 item 59,
 * decision 0502). Returns the recipients that received it.
 */
export function sendNote(engine: EngineCore, fromWorkNo: number, recipients: readonly number[], content: string): Result<number[]> {
  if (!engine.agents.has(fromWorkNo)) return fail('NotSignedIn', 'the agent has not signed in');
  if (recipients.length > noteRecipientsMax) return fail('SignInParameterInvalid', `at most ${noteRecipientsMax} agentIds`);
  if (utf8.encode(content).length > noteContentBytesMax) return fail('SignInParameterInvalid', `content exceeds ${noteContentBytesMax} bytes`);
  const delivered: number[] = [];
  for (const workNo of new Set(recipients)) {
    if (!engine.agents.has(workNo)) continue;
    engine.emit(workNo, 'AgentOther_Note', { sender: String(fromWorkNo), content });
    delivered.push(workNo);
  }
  engine.output.fact('note', { from: fromWorkNo, delivered: delivered.length });
  return ok(delivered);
}
