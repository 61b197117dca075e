import type { CecEvent } from '../domain/events/index.ts';
import { createRng, type Rng } from '../domain/time/index.ts';
import { internalSessionOptions, requestWork, signIn, startDialerCampaign, stopDialerCampaign, TenantEngine, type AgentConfig, type EngineOutput, type SkillConfig, type TenantConfig } from '../engine/index.ts';
import { SimSwitch } from '../telephony/sim/index.ts';
import { MemoryDialerService } from './dialer-memory.ts';
import { sampleMs, type DurationSpec } from './distribution.ts';
import { campaignList, campaignSpec, type OutboundCampaign } from './outbound-scenario.ts';
import { OutboundNetwork, withOutbound } from './outbound-network.ts';
import { campaignReport, type CampaignReport } from './outbound-report.ts';
import { VirtualClock } from './virtual-clock.ts';

/** A dialling day as the proof test and the bench run it: agents of one skill, campaigns, no inbound traffic. */
export interface OutboundDay {
  agents: number;
  skillId: number;
  wrapUp?: DurationSpec;
  durationHours: number;
  campaigns: OutboundCampaign[];
}

export interface OutboundDayResult {
  seed: number;
  campaigns: CampaignReport[];
  /** Engine timers fired and simulated time, for the bench. */
  simulatedMs: number;
  callsLeft: number;
}

const epochMs = Date.UTC(2026, 0, 5, 8, 0, 0);
const release = { transferType: 'Release' as const };
const drainMsMax = 3 * 3_600_000;

function tenantOf(day: OutboundDay): TenantConfig {
  const skill: SkillConfig = { skillId: day.skillId, name: 'Outbound', mediaTypeId: 5, maxWaitTimeSeconds: 0, maxWaitNum: 10_000, maxAgentWrapupTimeSeconds: 0, noAgents: release, busy: release, timeOut: release };
  const agents = new Map<number, AgentConfig>();
  for (let i = 0; i < day.agents; i++) {
    const workNo = 101 + i;
    agents.set(workNo, { workNo, userName: `Sim ${workNo}`, ctiPassword: 'Sim@1234', sipAccount: String(8_000_000 + workNo), agentType: 99, ccRoleId: 2, skills: [{ skillId: day.skillId, agentWeight: 1, skillWeight: 1 }], isForceChange: false, lockedUntilMs: null });
  }
  return { vdnId: 1, name: 'outbound-sim', defaultCallerNumber: '4001', agents, skills: new Map([[day.skillId, skill]]), routes: [], ivrFlows: new Map(), satisfaction: { enabled: false, flowId: null }, phoneRanges: [] };
}

/**
 * Runs a dialling day on a bare engine in virtual time (no server, no store: the dialer and the
 * routing are the engine's, the outbound service is the in-memory one). Deterministic for a seed.
 */
export function runOutboundDay(day: OutboundDay, seed: number): OutboundDayResult {
  const stream = (salt: number): Rng => createRng((seed * 2654435761 + salt) >>> 0);
  const clock = new VirtualClock(epochMs);
  const wrapRng = stream(3);
  const wrapMs = new Map<string, number>();
  let engine: TenantEngine | null = null;
  let service: MemoryDialerService | null = null;
  const onEvent = (workNo: number, event: CecEvent) => {
    if (event.eventType !== 'AgentState_Work' || !engine) return;
    const e = engine;
    const ms = day.wrapUp ? sampleMs(day.wrapUp, wrapRng) : 0;
    const lastCall = e.agents.get(workNo)?.lastCallId;
    if (lastCall) wrapMs.set(lastCall, ms);
    e.after(Math.max(ms, 0), () => requestWork(e, workNo, 'cancelWork'));
  };
  const output: EngineOutput = {
    agentEvent: onEvent,
    sessionOpened: () => {},
    sessionClosed: () => {},
    clearAgentEvents: () => {},
    cdr: () => {},
    recording: () => {},
    agentOperation: () => {},
    satisfaction: () => {},
    fact: () => {},
    dialerNeeds: (_v, campaignId, count) => service?.needs(campaignId, count),
    dialerAttempt: (_v, record) => service?.attempt(record),
  };
  let seq = 0;
  const network = new OutboundNetwork(day.campaigns, stream(7));
  engine = new TenantEngine({
    vdnId: 1,
    config: tenantOf(day),
    clock,
    rng: stream(1),
    output,
    telephony: withOutbound(new SimSwitch(), network),
    ids: { callId: (nowMs) => `${Math.floor(nowMs / 1000)}-${++seq}`, next: () => ++seq, guid: () => `sim-${++seq}.AgentGateway1` },
    settings: { serverName: 'AgentGateway1', guidMode: 'static', guidIntervalMs: 60_000, guidTimeoutMs: 120_000, sessionIdleMsMax: Number.MAX_SAFE_INTEGER, ringTimeoutMs: 15_000, signedInAgentsMax: 100_000 },
  });
  const e = engine;
  service = new MemoryDialerService(e);
  e.run(() => {
    for (const workNo of e.config.agents.keys()) {
      const signed = signIn(e, { workNo, password: 'Sim@1234', mode: 'login', status: 4, options: internalSessionOptions({ phonenum: String(8_000_000 + workNo), autoEnterIdle: !day.wrapUp, releasePhone: false }) });
      if (!signed.ok) throw new Error(`agent ${workNo}: ${signed.rejection.detail}`);
    }
  });
  const durationMs = day.durationHours * 3_600_000;
  const endingRng = stream(11);
  const endings = ['0000', '0001', '0002', '0003', '0004', '5555'];
  for (const c of day.campaigns) {
    service.load(c.campaignId, campaignList(c, () => (c.numberEndings ? endings[Math.floor(endingRng.next() * endings.length)] : undefined)));
    const started = startDialerCampaign(e, campaignSpec(c, epochMs, durationMs));
    if (!started.ok) throw new Error(`campaign ${c.campaignId}: ${started.rejection.detail}`);
  }
  clock.advanceTo(epochMs + durationMs);
  for (const c of day.campaigns) stopDialerCampaign(e, c.campaignId);
  for (let t = epochMs + durationMs; e.calls.size > 0 && t < epochMs + durationMs + drainMsMax; ) clock.advanceTo((t += 60_000));
  const svc = service;
  return {
    seed,
    campaigns: day.campaigns.map((campaign) => campaignReport({ campaign, service: svc, agents: day.agents, measuredMs: durationMs, wrapMs })),
    simulatedMs: clock.now() - epochMs,
    callsLeft: e.calls.size,
  };
}
