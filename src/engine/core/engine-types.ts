import type { RestApplication } from './rest-application.ts';
import type { WorkState } from '../../domain/agent/index.ts';
import type { CecEvent } from '../../domain/events/index.ts';
import type { TimerId } from '../../domain/time/index.ts';
import type { DialerAttemptRecord, DialerCampaignEnd } from '../../domain/outbound/dialing/index.ts';
import type { CallLink, ExternalParty, IvrHandBack, LegOrigin, PendingTransfer } from './call-control-types.ts';

export type { CallLink, ExternalParty, IvrHandBack, LegOrigin, PendingTransfer } from './call-control-types.ts';
export type { CdrLeg } from './cdr-leg.ts';
import type { CdrLeg } from './cdr-leg.ts';
export type { InspectionRejectionTag, MonitorMode, MonitorSession } from './monitor-types.ts';
import type { MonitorSession } from './monitor-types.ts';
export type { RecordingHandle } from './recording-handle.ts';
import type { RecordingHandle, RecordingSegment } from './recording-handle.ts';
export type { PhoneMedia, Playback, SelfRecording, ScreenRecording } from './media-play-types.ts';
import type { PhoneMedia, ScreenRecording } from './media-play-types.ts';
import type { ChatLeg } from './chat-types.ts';
import type { ChatTranscriptRecord } from '../../domain/chat/index.ts';

export type { Rejection, RejectionTag, Result } from './engine-result.ts';
export { fail, ok } from './engine-result.ts';

export type { OverflowPolicy, SkillConfig, AgentSkillConfig, AgentConfig, CalledRouteConfig, IvrFlowConfig, IvrScript, IvrNode, TenantConfig } from './tenant-config-types.ts';
import type { AgentConfig } from './tenant-config-types.ts';

/** Fields the session keeps from sign-in (Table 6-3). */
export interface SessionOptions {
  phonenum: string;
  autoAnswer: boolean;
  autoEnterIdle: boolean;
  releasePhone: boolean;
  agentType: number;
  ip: string;
  checkInWebm: boolean;
  /** `poll`, `push` (callbackUri + serviceToken, or a pre-2.5 `pushUrl`: `legacyPush`), or `internal` (simulated, no liveness). */
  eventMode: 'poll' | 'push' | 'internal';
  callbackUri: string | null;
  serviceToken: string | null;
  legacyPush?: boolean;
  listenStatus: boolean;
  /** loginex signs into the CTI only (6.1.1.23). */
  ctiOnly: boolean;
  /** A mobile agent answers on the external number `phonenum`, without a desktop (6.1.2.26). */
  mobile?: boolean;
}

export interface SessionStatistics {
  talkTimeSeconds: number;
  answerCount: number;
  noAnswerCount: number;
  calloutCount: number;
  innerCallCount: number;
  innerHelpCount: number;
  transferInCount: number;
  transferOutCount: number;
  transferIvrCount: number;
  redirectCount: number;
  holdCount: number;
  busyCount: number;
  restCount: number;
  restOutCount: number;
  restTimeSeconds: number;
  restOutTimeSeconds: number;
  agentReleaseCount: number;
  busyTimeSeconds: number;
}

/** One call leg of an agent. */
export interface AgentLeg {
  callId: string;
  /** occupied: our side is being set up (outbound dialling); alerting: ringing; talking; held. */
  state: 'occupied' | 'alerting' | 'talking' | 'held';
  type: 'main' | 'assistant';
  sinceMs: number;
  answeredAtMs: number | null;
  ringTimer: TimerId | null;
  recording: RecordingHandle | null;
  cdr: CdrLeg;
  /** Who offered the leg when an agent interface did (callinner, innerhelp, transfer); absent for queue offers. */
  origin?: LegOrigin;
  /** The agent an inspector took this call from (§12.1.3 intercept; syncagentinfo curCommand 23). */
  interceptedFrom?: number;
}

/** An open interval of an agent operation (13.2.2.2), written when it ends. */
export interface OpenOperation {
  opType: number;
  opCause: number;
  opObject: string;
  beginMs: number;
  callId: string;
  skillId: number | null;
}

export interface AgentRuntime {
  readonly workNo: number;
  config: AgentConfig;
  readonly sessionId: string;
  readonly loginTimeMs: number;
  options: SessionOptions;
  guid: string;
  guidIssuedAtMs: number;
  previousGuid: { guid: string; expiresAtMs: number; superseded: boolean } | null; // decision 0007
  lastActivityMs: number;
  livenessTimer: TimerId | null;
  work: WorkState;
  workSinceMs: number;
  busyReason: number;
  /** Operation cause of the busy interval when it is not the reason's (3: forced by an inspector, Table 12-702). */
  busyOpCause?: number;
  restCause: number;
  restDurationSeconds: number;
  restTimer: TimerId | null;
  wrapupTimer: TimerId | null;
  /** When the running wrap-up ends by itself (its timer's deadline), while one runs. */
  wrapupEndsAtMs?: number | null;
  preBusy: boolean;
  preBusyReason: number;
  preRest: boolean;
  preRestCause: number;
  preRestSeconds: number;
  /** When the rest waiting for the call to end was granted (the "allowed" rest of 12.3.1.1.2). */
  preRestSinceMs: number;
  talkRight: boolean;
  customState: number | null;
  signedInSkills: Set<number>;
  /** Off-hook between calls (always-off-hook mode after the first call, releasephone=false). */
  phoneOffHook: boolean;
  legs: Map<string, AgentLeg>;
  muted: boolean;
  /** The last call the agent handled, for callinfo?isNoContainLastCall=true. */
  lastCallId: string | null;
  statistics: SessionStatistics;
  operation: OpenOperation | null;
  /** The latest preview task offered to this agent (7.x; used by previewCallout). */
  preview: { controlId: string; numbers: string[]; callData: string } | null;
  /** The temporary softphone token of 6.1.1.26 logininfo (its hash), while it lives. */
  phoneToken?: { hash: string; expiresAtMs: number } | null;
  /** The inspector's monitoring session (§12.1), while it lasts. */
  monitor?: MonitorSession | null;
  /** The inspector monitoring this agent (syncagentinfo `qcWorkNo`), while one does. */
  monitoredBy?: number | null;
  /** A playback or self-recording on the agent's phone (§13.1.1), while it lasts. */
  phoneMedia?: PhoneMedia | null;
  /** The agent's last self-recording file this session, which recordMode 1 appends to (13.1.1.9). */
  selfRecordingFile?: { fileName: string; recordId: string; segments: readonly RecordingSegment[] } | null;
  /** The agent's screen recording (13.1.1.7), while it lasts. */
  screenRecording?: ScreenRecording | null;
  /** A rest the agent asked for that a quota or an approval holds back (decision 0850). */
  restApplication?: RestApplication | null;
  /** The text chats the agent serves (src/engine/chat), by call id. */
  chats?: Map<string, ChatLeg>;
  /** Concurrent sessions per media type set by 6.1.5.2 setcallnums (else the tenant's default). */
  chatCapacity?: Map<number, number>;
}

export interface CustomerParty {
  number: string;
  state: 'dialing' | 'alerting' | 'connected' | 'held' | 'released';
}

export interface IvrSession {
  flowId: number;
  node: string;
  /** Playing the node's prompt, waiting for a digit, or recording a voice message (a `record` node). */
  phase: 'prompt' | 'collect' | 'record';
  /** When the voice message being recorded began. */
  recordSinceMs?: number;
  retries: number;
  timer: TimerId | null;
  /** The survey flow after an agent released the call (5.4.3 results). */
  survey: boolean;
  cdr: CdrLeg;
  /** Set when a dialog flow (OIAP, chapter 10) runs the call instead of a script (decision 1014). */
  bot?: VoiceBotSession;
}

/** A call talking to the chatbot's dialog flow through the IVR (decision 1014). */
export interface VoiceBotSession {
  /** The dialog call instance (10.5 `userid`). */
  userid: string;
  /** The access code bound to the flow (10.3 dialog binding). */
  accessCode: string;
  /**
   * Waiting for the dialog's next answer, playing its prompt, listening to the caller, or done
   * (transferred, released, or the caller left).
   */
  phase: 'thinking' | 'prompt' | 'listening' | 'over';
  /** What the prompt being played collects (outparams model_type) and for how long (timeout). */
  listen: { speech: boolean; keys: boolean; maxKeys: number; timeoutSeconds: number };
  /** The bot's prompts played on the call, oldest first (bounded, the simulator's call trace). */
  prompts: string[];
}

export interface QueueVisit {
  skillId: number;
  sinceMs: number;
  timer: TimerId | null;
  cdr: CdrLeg;
  /** The agent whose private queue holds the call (12.3.1.3.5, decision 0851); absent in a skill queue. */
  privateFor?: number;
  /** Other skill queues the call also waits in (its "slave" queues; this one is its main queue, decision 0853). */
  alsoIn?: number[];
}

export interface Call {
  readonly callId: string;
  readonly vdnId: number;
  /** Call type, Table 6-455: 0 inbound, 6 internal, 7 outbound, 51/52 consultation, 53 multi-party. */
  feature: number;
  /** CDR media type (13.2.3.8): 5 voice. */
  mediaType: number;
  /** Event media ability: 1 voice. */
  mediaAbility: number;
  caller: string;
  called: string;
  origCalled: string;
  callData: string;
  createdAtMs: number;
  /** The external party: the inbound caller or the outbound callee. */
  customer: CustomerParty | null;
  /** Agents on the call, by work number. */
  agents: Set<number>;
  priority: number;
  firstSkillId: number | null;
  currentSkillId: number | null;
  queue: QueueVisit | null;
  ivr: IvrSession | null;
  /** Legs with an open CDR row. */
  openCdr: Set<CdrLeg>;
  closedCdrCount: number;
  lastDevice: { type: number; no: number; deviceIn: string } | null;
  lastReleaseAgentId: number;
  requeueCount: number;
  /** When the call first waited in its current skill; a re-queued call keeps its place. */
  queueSinceMs: number | null;
  /** Overflow and routing hops so far, bounded so that policies pointing at each other end. */
  routeHops: number;
  ended: boolean;
  endedAtMs: number | null;
  /** Cause recorded on the last CDR row (13.2.3.3). */
  releaseCause: number;
  /** Simulated customer behaviour attached by the driver or the simulator. */
  behaviour: CustomerBehaviour;
  /** Timers of the simulated customer (patience, talk time). */
  customerTimers: TimerId[];
  /** Parties reached by number besides the customer (transfers to external numbers, bridged calls). */
  externals: ExternalParty[];
  /** The other call of a consultation (6.1.2.5). */
  link: CallLink | null;
  /** A transfer started on this call and not completed yet (6.1.2.11). */
  transfer: PendingTransfer | null;
  /** Set while an IVR flow runs on the call for an agent (hang-up transfer) or as a party. */
  ivrHandBack: IvrHandBack | null;
  /** The agent that transferred the call, until an agent answers it (the offer's `transfrom`). */
  transferredFrom: string | null;
  /** Told of the steps of a call made for a customer system (§6.2, src/engine/system-calls/). */
  observer?: CallObserver;
  /** A customer's web chat (src/engine/chat): the key of its chat session. */
  chatKey?: string;
  /** The agent conference (§6.1.6, src/engine/conference/) this call carries, when it is one. */
  conferenceId?: number;
}

/** The steps of an agent's call that a system call follows (hooks in calls/ and records/). */
export type CallObserver = (step: 'ownPhoneUp' | 'customerAlerting' | 'connected' | 'ended', why?: { releaseCause: number; leaveReason: number }) => void;
/** A voice message the caller left in an IVR flow: its drive path names the file (§13.2.1.11, ref L68418). */
export interface VoiceMessage {
  vdnId: number;
  callId: string;
  flowId: number;
  caller: string;
  /** `Y:/{vdnId}/record/{yyyymmdd}/{name}.wav`. */
  fileName: string;
  beginMs: number;
  endMs: number;
}

/** How a simulated customer behaves (driver API / scenario). */
export interface CustomerBehaviour {
  /** Abandons after waiting this long in queue or ringing (null: never). */
  patienceMs: number | null;
  /** Hangs up this long after an agent answered (null: stays until released). */
  talkMs: number | null;
  /** Digits the customer presses when an IVR asks (consumed in order). */
  dtmf: string[];
  /** What the customer says to a voice bot, one utterance per turn (the simulated ASR's result). */
  speech?: string[];
}

/** What the engine produces besides replies; implemented by the app (hub, store writers, log). */
export interface EngineOutput {
  agentEvent(workNo: number, event: CecEvent): void;
  sessionOpened(runtime: AgentRuntime): void;
  /** The session ended; `finalEvent` (ShutdownService) is the last thing its queue delivers. */
  sessionClosed(workNo: number): void;
  clearAgentEvents(workNo: number): void;
  /** Something of the session that no event or operation shows changed (a new GUID): save it again (decision 1720). */
  sessionChanged?(runtime: AgentRuntime): void;
  cdr(call: Call, leg: CdrLeg, phase: 'open' | 'close', callIdNum: number | null, releaseCause: number | null): void;
  recording(handle: RecordingHandle, phase: 'start' | 'stop', endMs: number | null): void;
  agentOperation(vdnId: number, runtime: AgentRuntime, op: OpenOperation, endMs: number): void;
  satisfaction(vdnId: number, callId: string, value: string, customerNumber: string, atMs: number): void;
  /** An IVR flow recorded a voice message (a `record` node; §13.2.1.11 serves the file). */
  voiceMessage?(message: VoiceMessage): void;
  /** A chat message or notice to keep in the session's transcript (src/engine/chat; decision 1104). */
  chatMessage?(record: ChatTranscriptRecord): void;
  /** A domain fact for the simulation's event log and invariant checks. */
  fact(kind: string, data: Record<string, unknown>): void;
  /** The dialer's buffer of campaign `campaignId` runs low: feed up to `count` targets (src/domain/outbound/dialing/dialer-spec.ts). */
  dialerNeeds?(vdnId: number, campaignId: number, count: number): void;
  /** A dial attempt started (before the number is dialled) or finished; the service persists it. */
  dialerAttempt?(vdnId: number, record: DialerAttemptRecord): void;
  /** The dialer stopped a campaign on its own (its strEndTime passed) or was told to. */
  dialerCampaignEnded?(vdnId: number, campaignId: number, why: DialerCampaignEnd): void;
}
