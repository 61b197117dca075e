import type { Rng } from '../domain/time/index.ts';
import { agentEndsChat, startScriptedChat, type TenantEngine } from '../engine/index.ts';
import { chatChannelOf } from './chat-scenario.ts';
import { sampleMs } from './distribution.ts';
import type { Scenario } from './scenario.ts';
import type { AgentPlan } from './scenario-tenant.ts';
import { nextArrivalMs } from './traffic.ts';

/** The report of one chat skill (docs/simulator.md "Web chats"). */
export interface ChatSkillReport {
  skillId: number;
  offered: number;
  answered: number;
  /** Chats not answered: the customer gave up, or the queue could not take them. */
  abandoned: number;
  /** Share of offered chats answered within the target (the scenario's serviceLevelSeconds, 20 s). */
  serviceLevel: number;
  /** Concurrent chats per agent of the skill, sampled every `sampleMs` of the measured window. */
  meanConcurrency: number;
  maxConcurrency: number;
  agents: number;
}

interface ChatRecord {
  skillId: number;
  arrivalMs: number;
  handleMs: number;
  answeredMs: number | null;
}

/** Concurrency is sampled this often (a time average; the maximum is also taken at every offer). */
const sampleEveryMs = 10_000;

/**
 * The chat flows of a run: arrivals from their own RNG streams, a scripted customer per chat
 * (patience, messages), the agent ending each chat after its handle time, and the measurements.
 */
export class ChatTraffic {
  private readonly chats = new Map<string, ChatRecord>();
  /** Handle times drawn at arrival, waiting for the call id the engine gives the chat. */
  private readonly pending: Array<{ skillId: number; arrivalMs: number; handleMs: number }> = [];
  private readonly samples = new Map<number, { sum: number; count: number; max: number }>();
  private readonly agentsOfSkill = new Map<number, number[]>();

  constructor(
    private readonly engine: TenantEngine,
    private readonly scenario: Scenario,
    agents: AgentPlan[],
    private readonly window: { fromMs: number; toMs: number; targetMs: number },
  ) {
    for (const skillId of new Set((scenario.chats ?? []).map((c) => c.skillId))) {
      this.agentsOfSkill.set(skillId, agents.filter((a) => scenario.agents[a.group]!.skills.includes(skillId)).map((a) => a.workNo));
      this.samples.set(skillId, { sum: 0, count: 0, max: 0 });
    }
  }

  get active(): boolean {
    return (this.scenario.chats?.length ?? 0) > 0;
  }

  /** Schedules the flows' arrivals and the concurrency samples (stream(n) gives a seeded RNG). */
  start(startMs: number, endMs: number, stream: (salt: number) => Rng): void {
    (this.scenario.chats ?? []).forEach((flow, index) => {
      const arrivals = stream(300 + index);
      const behaviour = stream(400 + index);
      const channelId = chatChannelOf(flow, index);
      let seq = 0;
      const next = (fromMs: number) => {
        const at = nextArrivalMs({ callsPerHour: flow.chatsPerHour }, fromMs, startMs, endMs, arrivals);
        if (at === null) return;
        this.engine.clock.schedule(at, () => {
          seq += 1;
          const handleMs = Math.max(1, sampleMs(flow.handleTime, behaviour));
          const patienceMs = flow.patience ? Math.max(1, sampleMs(flow.patience, behaviour)) : null;
          const count = flow.messages ?? 0;
          const messages = Array.from({ length: count }, (_, i) => ({ afterMs: Math.floor((handleMs * (i + 1)) / (count + 1)), content: `message ${i + 1}` }));
          this.pending.push({ skillId: flow.skillId, arrivalMs: at, handleMs });
          this.engine.run(() => startScriptedChat(this.engine, { channelId, userId: `chat${index}-${seq}`, patienceMs, messages, leaveAfterMs: null }));
          this.pending.length = 0;
          next(at);
        });
      };
      next(startMs);
    });
    // One sample timer at a time (a year-long scenario would otherwise hold millions).
    const sampleAt = (t: number) => {
      if (t >= this.window.toMs || this.agentsOfSkill.size === 0) return;
      this.engine.clock.schedule(t, () => {
        this.sample();
        sampleAt(t + sampleEveryMs);
      });
    };
    sampleAt(this.window.fromMs);
  }

  /** The engine's facts about chats (called from the simulation's fact tap). */
  onFact(kind: string, data: Record<string, unknown>, nowMs: number): void {
    const callId = String(data.callId ?? '');
    if (kind === 'callCreated' && this.pending.length > 0) {
      const spec = this.pending.shift()!;
      this.chats.set(callId, { ...spec, answeredMs: null });
    } else if (kind === 'chatConnected') {
      const chat = this.chats.get(callId);
      if (!chat || chat.answeredMs !== null) return;
      chat.answeredMs = nowMs;
      const workNo = Number(data.workNo);
      this.engine.after(chat.handleMs, () => agentEndsChat(this.engine, workNo, callId));
    } else if (kind === 'chatOffered' && nowMs >= this.window.fromMs && nowMs < this.window.toMs) {
      const chat = this.chats.get(callId);
      const samples = chat && this.samples.get(chat.skillId);
      const size = this.engine.agents.get(Number(data.workNo))?.chats?.size ?? 0;
      if (samples) samples.max = Math.max(samples.max, size);
    }
  }

  /** Whether a call id is one of the chats (the voice measurements leave those out). */
  isChat(callId: string): boolean {
    return this.chats.has(callId);
  }

  private sample(): void {
    for (const [skillId, workNos] of this.agentsOfSkill) {
      const samples = this.samples.get(skillId)!;
      for (const workNo of workNos) {
        const size = this.engine.agents.get(workNo)?.chats?.size ?? 0;
        samples.sum += size;
        samples.count += 1;
        samples.max = Math.max(samples.max, size);
      }
    }
  }

  report(): ChatSkillReport[] {
    const { fromMs, toMs, targetMs } = this.window;
    return [...this.agentsOfSkill.keys()].map((skillId) => {
      let offered = 0;
      let answered = 0;
      let within = 0;
      for (const chat of this.chats.values()) {
        if (chat.skillId !== skillId || chat.arrivalMs < fromMs || chat.arrivalMs >= toMs) continue;
        offered += 1;
        if (chat.answeredMs === null) continue;
        answered += 1;
        if (chat.answeredMs - chat.arrivalMs <= targetMs) within += 1;
      }
      const s = this.samples.get(skillId)!;
      return { skillId, offered, answered, abandoned: offered - answered, serviceLevel: offered > 0 ? within / offered : 0, meanConcurrency: s.count > 0 ? s.sum / s.count : 0, maxConcurrency: s.max, agents: this.agentsOfSkill.get(skillId)!.length };
    });
  }
}
