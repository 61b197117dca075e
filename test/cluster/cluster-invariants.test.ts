// Goal: the chaos test's event-order check catches what it claims to (issue 17: "every event
// delivered in order"): a consistent stream passes, and a duplicated, reordered or stray event
// fails; Agent_Recover starts afresh. Method: hand-made streams shaped like the engine's (a
// signed-in agent's call: auto-answer, alerting, off-hook, talking, customer release, release).
import { describe, expect, it } from 'vitest';
import { agentEventViolations } from './cluster-invariants.ts';

const call = ['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record', 'AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready'];
const signIn = ['AgentOther_InService', 'AgentState_Ready'];

describe('agentEventViolations', () => {
  it('accepts sign-in, calls, a recovery in mid-call and a sign-out', () => {
    expect(agentEventViolations([...signIn, ...call, ...call])).toEqual([]);
    // The dead owner's last events are missing; the new owner's stream begins with Agent_Recover.
    expect(agentEventViolations([...signIn, ...call.slice(0, 4), 'Agent_Recover', 'AgentEvent_Call_Release', 'AgentState_Ready', ...call, 'AgentOther_ShutdownService'])).toEqual([]);
    expect(agentEventViolations(['Agent_Recover', 'AgentState_Ready', ...call])).toEqual([]);
  });

  it('finds a redelivered event, a second sign-in and a second release', () => {
    const redelivered = [...signIn, ...call.slice(0, 4), 'AgentEvent_Talking', ...call.slice(4)];
    expect(agentEventViolations(redelivered).join()).toMatch(/twice in a row/);
    expect(agentEventViolations(redelivered).join()).toMatch(/Talking twice without a release/);
    expect(agentEventViolations([...signIn, ...call, 'AgentOther_InService']).join()).toMatch(/signed in twice/);
    expect(agentEventViolations([...signIn, ...call, 'AgentOther_PhoneRelease', 'AgentEvent_Call_Release']).join()).toMatch(/a release without a call/);
  });

  it('finds events out of order: talking before the call rang, Ready while talking, call events outside a call', () => {
    expect(agentEventViolations([...signIn, 'AgentEvent_Talking', 'AgentEvent_Auto_Answer']).join()).toMatch(/Talking before the call rang/);
    expect(agentEventViolations([...signIn, ...call.slice(0, 4), 'AgentState_Ready']).join()).toMatch(/Ready while talking/);
    expect(agentEventViolations([...signIn, 'AgentEvent_Customer_Release']).join()).toMatch(/outside a call/);
    expect(agentEventViolations(['AgentState_Ready', ...signIn]).join()).toMatch(/first event/);
  });
});
