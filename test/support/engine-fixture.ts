import { createRng } from '../../src/domain/time/index.ts';
import type { CecEvent } from '../../src/domain/events/index.ts';
import { TenantEngine, type AgentConfig, type Call, type CdrLeg, type EngineOutput, type SessionOptions, type SkillConfig, type TenantConfig } from '../../src/engine/index.ts';
import { VirtualClock } from '../../src/sim/virtual-clock.ts';
import { SimSwitch } from '../../src/telephony/sim/index.ts';
import { testEpochMs } from './test-app.ts';

export interface CdrRow {
  leg: CdrLeg;
  callId: string;
  callIdNum: number | null;
  releaseCause: number | null;
}

/** An engine output that remembers everything, for exact assertions. */
export class RecordingOutput implements EngineOutput {
  readonly events: CecEvent[] = [];
  readonly cdrRows: CdrRow[] = [];
  readonly opened: string[] = [];
  readonly recordings: Array<{ phase: string; recordId: string; endMs: number | null }> = [];
  readonly operations: Array<{ workNo: number; opType: number; opCause: number; beginMs: number; endMs: number }> = [];
  readonly surveys: Array<{ callId: string; value: string }> = [];
  readonly facts: Array<{ kind: string; data: Record<string, unknown> }> = [];

  agentEvent(_workNo: number, event: CecEvent): void {
    this.events.push(event);
  }
  sessionOpened(): void {}
  sessionClosed(): void {}
  clearAgentEvents(): void {}
  cdr(call: Call, leg: CdrLeg, phase: 'open' | 'close', callIdNum: number | null, releaseCause: number | null): void {
    if (phase === 'open') this.opened.push(leg.id);
    else this.cdrRows.push({ leg: { ...leg }, callId: call.callId, callIdNum, releaseCause });
  }
  recording(handle: { recordId: string }, phase: 'start' | 'stop', endMs: number | null): void {
    this.recordings.push({ phase, recordId: handle.recordId, endMs });
  }
  agentOperation(_vdnId: number, runtime: { workNo: number }, op: { opType: number; opCause: number; beginMs: number }, endMs: number): void {
    this.operations.push({ workNo: runtime.workNo, opType: op.opType, opCause: op.opCause, beginMs: op.beginMs, endMs });
  }
  satisfaction(_vdnId: number, callId: string, value: string): void {
    this.surveys.push({ callId, value });
  }
  fact(kind: string, data: Record<string, unknown>): void {
    this.facts.push({ kind, data });
  }

  /** Event types for one agent, in order, and forgets them. */
  take(workNo: number): Array<[string, unknown]> {
    const mine = this.events.filter((e) => e.workNo === String(workNo));
    const rest = this.events.filter((e) => e.workNo !== String(workNo));
    this.events.length = 0;
    this.events.push(...rest);
    return mine.map((e) => [e.eventType, e.content]);
  }

  types(workNo: number): string[] {
    return this.take(workNo).map(([type]) => type);
  }
}

const release = { transferType: 'Release' as const };

export function skill(skillId: number, overrides: Partial<SkillConfig> = {}): SkillConfig {
  return { skillId, name: `Skill${skillId}`, mediaTypeId: 5, maxWaitTimeSeconds: 600, maxWaitNum: 100, maxAgentWrapupTimeSeconds: 30, noAgents: release, busy: release, timeOut: release, ...overrides };
}

export function agentConfig(workNo: number, skills: Array<[number, number?, number?]> = [[1]]): AgentConfig {
  return {
    workNo,
    userName: `Agent ${workNo}`,
    ctiPassword: 'pw',
    sipAccount: `70${workNo}`,
    agentType: 99,
    ccRoleId: 2,
    skills: skills.map(([skillId, agentWeight = 1, skillWeight = 1]) => ({ skillId, agentWeight, skillWeight })),
    isForceChange: false,
    lockedUntilMs: null,
  };
}

export function tenantConfig(overrides: Partial<TenantConfig> = {}): TenantConfig {
  return {
    vdnId: 1,
    name: 'test',
    defaultCallerNumber: '4001',
    agents: new Map([101, 102, 103].map((w) => [w, agentConfig(w)])),
    skills: new Map([[1, skill(1)]]),
    routes: [{ accessCode: '4001', extCode: '', deviceType: 1, deviceId: 1, mediaTypeId: 5 }],
    ivrFlows: new Map(),
    satisfaction: { enabled: false, flowId: null },
    ...overrides,
  };
}

export function sessionOptions(overrides: Partial<SessionOptions> = {}): SessionOptions {
  return {
    phonenum: '',
    autoAnswer: true,
    autoEnterIdle: true,
    releasePhone: true,
    agentType: 4,
    ip: '127.0.0.1',
    checkInWebm: true,
    eventMode: 'poll',
    callbackUri: null,
    serviceToken: null,
    listenStatus: false,
    ctiOnly: false,
    ...overrides,
  };
}

/** An engine on a virtual clock with a recording output, for exact scenario tests. */
export function engineFixture<O extends RecordingOutput = RecordingOutput>(config: TenantConfig = tenantConfig(), switchOptions = {}, outputFor?: (clock: VirtualClock) => O) {
  const clock = new VirtualClock(testEpochMs);
  const output = outputFor ? outputFor(clock) : (new RecordingOutput() as O);
  let seq = 0;
  let guid = 0;
  const engine = new TenantEngine({
    vdnId: config.vdnId,
    config,
    clock,
    rng: createRng(1),
    output,
    telephony: new SimSwitch(switchOptions),
    ids: {
      callId: (nowMs) => `${Math.floor(nowMs / 1000)}-${++seq}`,
      next: () => ++seq,
      guid: () => `guid-${++guid}.AgentGateway1`,
    },
    settings: { serverName: 'AgentGateway1', guidMode: 'dynamic', guidIntervalMs: 60_000, guidTimeoutMs: 120_000, sessionIdleMsMax: 120_000, ringTimeoutMs: 15_000, signedInAgentsMax: 10_000 },
  });
  return { engine, clock, output };
}
