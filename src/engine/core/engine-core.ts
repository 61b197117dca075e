import type { Clock, Rng, TimerId } from '../../domain/time/index.ts';
import { cecEvent } from '../../domain/events/index.ts';
import { IdleAgents, WaitingCalls } from '../../domain/routing/index.ts';
import type { Switch } from '../../telephony/switch.port.ts';
import type { AgentLeg, AgentRuntime, Call, EngineOutput, LegOrigin, TenantConfig } from './engine-types.ts';
import { PhoneClaims } from './phone-claims.ts';

/** Identifiers the engine hands out; deterministic for a given order of events. */
export interface EngineIds {
  /** Call ids in the reference's form "<epoch seconds>-<sequence>" (ref L9645). */
  callId(nowMs: number): string;
  /** Sequence numbers for CDR legs, recording tasks and sessions. */
  next(kind: 'leg' | 'task' | 'session' | 'record'): number;
  /** An agent GUID: `<uuid>.<serverName>` (a credential: not from the seeded RNG). */
  guid(): string;
}

export interface EngineSettings {
  serverName: string;
  /** Dynamic GUIDs (AUTHMODE=2, the default) rotate on the poll; static ones never do. */
  guidMode: 'static' | 'dynamic';
  guidIntervalMs: number;
  guidTimeoutMs: number;
  /** No poll or heartbeat for this long signs the agent out (ref L6746). */
  sessionIdleMsMax: number;
  /** A manually answered call rings this long before it is taken back (note 02 §5.4). */
  ringTimeoutMs: number;
  /** Sign-in cap per tenant (999-003). */
  signedInAgentsMax: number;
}

export interface EngineDeps {
  vdnId: number;
  config: TenantConfig;
  clock: Clock;
  rng: Rng;
  ids: EngineIds;
  output: EngineOutput;
  telephony: Switch;
  settings: EngineSettings;
  /** The process-wide index of phones in use (the registry shares one); a lone engine keeps its own. */
  phones?: PhoneClaims;
}

/** A leg offered on an agent's request (callinner, innerhelp): what its answer or its loss means for the request. */
export interface OriginReaction {
  answered(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void;
  lost(engine: EngineCore, call: Call, byWorkNo: number, why: { leaveReason: number; releaseCause: number }): void;
}

/**
 * The points where a lower capability hands over to a higher one without importing it (imports go
 * downward only, see docs/architecture.md): the higher capability registers its reaction when the
 * engine is assembled (src/engine/tenant-engine.ts), and the lower one dispatches through
 * `engine.reactions`. Each reaction runs synchronously at the point of dispatch, inside the same run.
 */
export interface Reactions {
  /** Routing chose an available agent for a waiting call: offer it (calls). */
  offerQueuedCall(engine: EngineCore, agent: AgentRuntime, call: Call): void;
  /** An overflow policy sends a call to an IVR flow (ivr). */
  routeToIvr(engine: EngineCore, call: Call, flowId: number): void;
  /** A call joined a skill queue: the simulated customer's patience starts (calls). */
  callQueued(engine: EngineCore, call: Call): void;
  /** An IVR flow that an agent handed a call to has ended: the call goes back (call-control). */
  ivrHandsBack(engine: EngineCore, call: Call): void;
  /** An agent's session is about to end: monitoring it takes part in ends first (inspection). */
  sessionEnding(engine: EngineCore, agent: AgentRuntime): void;
  /** A call ended (its last CDR row is written): the dialer settles the attempt it made (dialer). No-op by default. */
  callEnded(engine: EngineCore, call: Call): void;
  /** An agent started talking on a call (AgentEvent_Talking): the dialer learns who took its call (dialer). No-op by default. */
  agentConnected(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void;
  /** An agent's session is about to end: playback and recordings on its phone stop (media-play). */
  phoneMediaEnding(engine: EngineCore, agent: AgentRuntime): void;
  /** Routing chose an agent with room for a waiting web chat: offer it (chat). */
  offerChat(engine: EngineCore, agent: AgentRuntime, call: Call): void;
  /** A web chat joined a skill queue: the simulated customer's patience starts (chat). */
  chatQueued(engine: EngineCore, call: Call): void;
  /** An agent's session is about to end: the chats it serves end first (chat). No-op by default. */
  chatsEnding(engine: EngineCore, agent: AgentRuntime): void;
  /** An agent's leg on a conference call ends by a path of the calls layer (release, sign-out): the conference settles it (conference). */
  conferenceLegEnds?(engine: EngineCore, agent: AgentRuntime, call: Call, by: string): void;
  /** Per kind of requested offer; kinds without an entry are handled where the offer is settled. */
  origins: Partial<Record<LegOrigin['kind'], OriginReaction>>;
}

const unassembled = (name: string) => (): never => {
  throw new Error(`engine: no reaction registered for ${name} (construct the engine through src/engine/index.ts)`);
};

/**
 * The live state of one tenant (VDN): signed-in agents, calls, skill queues, and the timers that
 * move them. It is the only writer of that state (DESIGN principle 4): every change runs inside
 * `run`, synchronously, with everything it triggers (run-to-completion), so that no two changes
 * interleave and the order of events is deterministic. Timers fire as new runs on the Clock.
 * The behaviour lives in the capability folders above this one; this class holds state and plumbing,
 * and `TenantEngine` (src/engine/tenant-engine.ts) assembles it with their reactions.
 */
export class EngineCore {
  readonly vdnId: number;
  config: TenantConfig;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly ids: EngineIds;
  readonly output: EngineOutput;
  readonly telephony: Switch;
  readonly settings: EngineSettings;
  readonly phones: PhoneClaims;

  readonly agents = new Map<number, AgentRuntime>();
  readonly calls = new Map<string, Call>();
  /** Calls waiting per skill queue. */
  readonly waiting = new Map<number, WaitingCalls>();
  /** Agents available per skill queue. */
  readonly idle = new Map<number, IdleAgents>();
  /** The skills whose idle pool may hold each agent, so that leaving touches only those. */
  readonly idlePoolsOf = new Map<number, Set<number>>();
  /**
   * Signed-in agents that asked to hear sign-ins and sign-outs (`listenStatus`), so that a sign-in
   * notifies them without scanning every signed-in agent (issue 8).
   */
  readonly statusListeners = new Set<number>();
  /** Signed-in agents per skill queue (for "no agent on duty" and loggedOnAgents). */
  readonly signedInBySkill = new Map<number, Set<number>>();
  /** Calls waiting in each agent's private queue, oldest first (decision 0851). */
  readonly privateWaiting = new Map<number, string[]>();
  /** Agents whose rest waits for a quota or an approval, in the order they asked (decision 0850). */
  readonly restApplicants = new Set<number>();
  /** When each agent last signed out, for the state durations of agents not signed in (12.3.1.1.4). */
  readonly signedOutAtMs = new Map<number, number>();
  /** When this engine started: the state of an agent not seen since counts from here. */
  readonly startedAtMs: number;
  /** Registered once, at assembly; see Reactions. */
  readonly reactions: Reactions = { offerQueuedCall: unassembled('offerQueuedCall'), routeToIvr: unassembled('routeToIvr'), callQueued: unassembled('callQueued'), ivrHandsBack: unassembled('ivrHandsBack'), sessionEnding: unassembled('sessionEnding'), phoneMediaEnding: unassembled('phoneMediaEnding'), callEnded: () => {}, agentConnected: () => {}, offerChat: unassembled('offerChat'), chatQueued: () => {}, chatsEnding: () => {}, origins: {} };

  private readonly registered = new Set<string>();
  private readonly deferred: Array<() => void> = [];
  private depth = 0;
  private waitSeq = 0;

  constructor(deps: EngineDeps) {
    this.vdnId = deps.vdnId;
    this.config = deps.config;
    this.clock = deps.clock;
    this.rng = deps.rng;
    this.ids = deps.ids;
    this.output = deps.output;
    this.telephony = deps.telephony;
    this.settings = deps.settings;
    this.phones = deps.phones ?? new PhoneClaims();
    this.startedAtMs = deps.clock.now();
  }

  /** Registers reactions of a capability (at assembly); a reaction is registered once. */
  react(part: Partial<Omit<Reactions, 'origins'>> & { origins?: Reactions['origins'] }): void {
    const { origins, ...handlers } = part;
    for (const [name, handler] of Object.entries(handlers) as Array<[keyof Omit<Reactions, 'origins'>, never]>) {
      if (this.registered.has(name)) throw new Error(`engine: reaction ${name} registered twice`);
      this.registered.add(name);
      this.reactions[name] = handler;
    }
    for (const [kind, reaction] of Object.entries(origins ?? {}) as Array<[LegOrigin['kind'], OriginReaction]>) {
      if (this.reactions.origins[kind]) throw new Error(`engine: reaction for ${kind} offers registered twice`);
      this.reactions.origins[kind] = reaction;
    }
  }

  now(): number {
    return this.clock.now();
  }

  /**
   * Runs a change and everything it defers before returning. Nested runs join the outer one, so
   * a reply is computed only after the state it reports has settled.
   */
  run<T>(change: () => T): T {
    this.depth++;
    try {
      const result = change();
      if (this.depth === 1) this.drain();
      return result;
    } finally {
      this.depth--;
    }
  }

  /** Queues `step` to run after the current step, within the same run (e.g. a zero-delay answer). */
  defer(step: () => void): void {
    if (this.depth === 0) this.run(step);
    else this.deferred.push(step);
  }

  /** Runs `step` as a new run after `delayMs` on the Clock; a zero delay defers it instead. */
  after(delayMs: number, step: () => void): TimerId | null {
    if (delayMs <= 0) {
      this.defer(step);
      return null;
    }
    return this.clock.schedule(this.now() + delayMs, () => this.run(step));
  }

  cancel(timer: TimerId | null): null {
    if (timer !== null) this.clock.cancel(timer);
    return null;
  }

  emit(workNo: number, eventType: string, content: unknown = null): void {
    this.output.agentEvent(workNo, cecEvent(eventType, workNo, content));
    this.output.fact('event', { workNo, eventType });
  }

  nextWaitSeq(): number {
    return ++this.waitSeq;
  }

  waitingIn(skillId: number): WaitingCalls {
    let queue = this.waiting.get(skillId);
    if (!queue) this.waiting.set(skillId, (queue = new WaitingCalls()));
    return queue;
  }

  idleIn(skillId: number): IdleAgents {
    let pool = this.idle.get(skillId);
    if (!pool) this.idle.set(skillId, (pool = new IdleAgents()));
    return pool;
  }

  signedInTo(skillId: number): Set<number> {
    let set = this.signedInBySkill.get(skillId);
    if (!set) this.signedInBySkill.set(skillId, (set = new Set()));
    return set;
  }

  private drain(): void {
    // Bounded: every deferred step is a reaction to a state change, and each change is finite.
    let steps = 0;
    while (this.deferred.length > 0) {
      if (++steps > 100_000) throw new Error('engine: deferred steps do not settle');
      this.deferred.shift()!();
    }
  }
}
