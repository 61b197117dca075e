import { expect } from 'vitest';
import { eventually, type TestCluster } from '../support/cluster.ts';

/**
 * The record invariants of cluster mode, read from the shared store: every given call that ended
 * has exactly one final CDR row (call_id_num −1) and no leg left open; no CDR leg id appears twice.
 */
export async function expectEachCallRecordedOnce(cluster: TestCluster, callIds: readonly string[]): Promise<void> {
  const rows = await cluster.query<{ call_id: string; finals: string; open: string }>(
    `select call_id, count(*) filter (where call_id_num = -1) as finals, count(*) filter (where status = 'open') as open
       from cdr where call_id = any($1) group by call_id`,
    [callIds],
  );
  const byCall = new Map(rows.map((row) => [row.call_id, row]));
  for (const callId of callIds) {
    const row = byCall.get(callId);
    expect(row, `CDR of call ${callId}`).toBeDefined();
    expect(Number(row!.finals), `final CDR rows of call ${callId}`).toBe(1);
    expect(Number(row!.open), `open CDR legs of call ${callId}`).toBe(0);
  }
  const duplicates = await cluster.query('select id from cdr group by id having count(*) > 1');
  expect(duplicates).toEqual([]);
}

/** Every agent is signed in at most once across the cluster's live sessions (the store's rows; its key makes this a sanity check). */
export async function expectNoAgentTwice(cluster: TestCluster): Promise<void> {
  const twice = await cluster.query('select vdn_id, work_no from agent_session group by vdn_id, work_no having count(*) > 1');
  expect(twice).toEqual([]);
}

/** Events that open a call for the agent (it rings, is auto-answered, or its phone alerts). */
const callOpening = new Set(['AgentEvent_Ringing', 'AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting']);
/** Events that only make sense while the agent has a call. */
const inCall = new Set(['AgentEvent_Talking', 'AgentEvent_Customer_Release', 'AgentEvent_Incoming_CallInfo', 'AgentEvent_Hold']);

/**
 * The agent events one poller received, checked as a state machine over §6.5's events
 * (delivered in order, none twice): the session opens once (AgentOther_InService) and closes
 * once; a call opens (ringing, auto-answer or alerting), then talks once, then is released once;
 * nothing of a call arrives outside one; no state event arrives twice in a row (the mark of a
 * redelivered event); the agent is not Ready while it talks. Agent_Recover (§6.5.1.11) starts
 * afresh: the reference warns that the events of the call in progress may be missing. Returns
 * the violations, empty when the sequence is consistent.
 */
export function agentEventViolations(events: readonly string[]): string[] {
  const wrong: string[] = [];
  let session: 'unknown' | 'in' | 'out' = 'unknown';
  let call: 'none' | 'open' | 'talking' = 'none';
  let afterRecovery = false;
  events.forEach((type, i) => {
    const at = `event ${i} (${type}) after ${events.slice(Math.max(0, i - 4), i).join(',') || 'nothing'}`;
    if (i > 0 && type === events[i - 1]) wrong.push(`${at}: the same event twice in a row`);
    if (type === 'Agent_Recover') {
      session = 'in';
      call = 'none';
      afterRecovery = true;
      return;
    }
    if (type === 'AgentOther_InService') {
      if (session === 'in') wrong.push(`${at}: signed in twice`);
      session = 'in';
      return;
    }
    if (i === 0 && session === 'unknown') wrong.push(`${at}: the first event is neither the sign-in nor a recovery`);
    if (type === 'AgentOther_ShutdownService') {
      session = 'out';
      call = 'none';
      return;
    }
    if (callOpening.has(type)) {
      if (call === 'talking') wrong.push(`${at}: a call opens while another is talking`);
      if (call === 'none') call = 'open';
      return;
    }
    if (type === 'AgentEvent_Talking') {
      if (call === 'talking') wrong.push(`${at}: Talking twice without a release`);
      else if (call === 'none' && !afterRecovery) wrong.push(`${at}: Talking before the call rang or was answered`);
      call = 'talking';
      return;
    }
    if (type === 'AgentEvent_Call_Release') {
      if (call === 'none' && !afterRecovery) wrong.push(`${at}: a release without a call`);
      call = 'none';
      afterRecovery = false;
      return;
    }
    if (inCall.has(type) && call === 'none' && !afterRecovery) wrong.push(`${at}: a call event outside a call`);
    if (type === 'AgentState_Ready' && call === 'talking') wrong.push(`${at}: Ready while talking`);
  });
  return wrong;
}

/** Every agent's events as its poller received them are consistent (agentEventViolations). */
export function expectEventsInOrder(agents: readonly { workNo: number; events: readonly string[] }[]): void {
  for (const agent of agents) expect(agentEventViolations(agent.events), `agent ${agent.workNo}: ${agent.events.join(',')}`).toEqual([]);
}

/**
 * No agent is in two sessions across the nodes: at most one node serves each VDN's engine (its
 * /metrics is the only one with the VDN's signed-in gauge, labelled by node), and it counts as
 * many signed-in agents as the store holds live sessions for the VDN (one per agent, with the
 * GUID the agent holds).
 */
export async function expectOneSessionPerAgent(cluster: TestCluster, agents: readonly { vdnId: number; workNo: number; guid: string }[]): Promise<void> {
  await expectNoAgentTwice(cluster);
  // The gauges and the store converge within a record batch or two once the load has stopped.
  const { served, rows } = await eventually('the live sessions to match the store', 15_000, async () => {
    const served = new Map<string, { node: string; signedIn: number }[]>();
    for (const node of cluster.nodes.filter((n) => n.alive())) {
      const text = await (await fetch(`${node.url}/metrics`, { signal: AbortSignal.timeout(20_000) })).text();
      for (const match of text.matchAll(/^opencec_agents_signed_in\{vdn="(\d+)",node="(\d+)"\} (\d+)$/gm)) {
        served.set(match[1]!, [...(served.get(match[1]!) ?? []), { node: match[2]!, signedIn: Number(match[3]) }]);
      }
    }
    const rows = await cluster.query<{ vdn_id: number; work_no: number; guid: string; previous_guid: string | null }>('select vdn_id, work_no, guid, previous_guid from agent_session');
    const consistent = [...served].every(([vdn, nodes]) => nodes.length === 1 && rows.filter((r) => String(r.vdn_id) === vdn).length === nodes[0]!.signedIn);
    return consistent ? { served, rows } : undefined;
  }, 500).catch(async (error: unknown) => {
    throw new Error(`${String(error)}: two nodes serve one VDN, or a node counts other sessions than the store holds`);
  });
  for (const [vdn, nodes] of served) expect(nodes.length, `nodes serving VDN ${vdn}: ${JSON.stringify(nodes)}`).toBe(1);
  for (const agent of agents) {
    const row = rows.find((r) => r.vdn_id === agent.vdnId && r.work_no === agent.workNo);
    // The session the store holds is the one the agent uses (its GUID, or the one it replaced).
    if (row) expect([row.guid, row.previous_guid], `agent ${agent.workNo}'s stored GUIDs`).toContain(agent.guid);
  }
}
