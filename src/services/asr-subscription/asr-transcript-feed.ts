import type { Clock, TimerId } from '../../domain/time/index.ts';
import type { CallbackOutbox } from '../../events/index.ts';
import type { RecordingHandle } from '../../engine/index.ts';
import type { RecordingFiles, Utterance } from '../../media/recordings/index.ts';
import type { AsrNlp, CallScriptState, NlpResult } from './asr-nlp.ts';
import type { AsrSubscription, AsrSubscriptions } from './asr-subscriptions.ts';

/** The outbox kind of a §6.3.6 recognition result push. */
export const asrResultKind = 'asr-result';
/** CEC §6.3.6: the receiver's path under the subscription's serviceCallBackUri. */
export const asrResultPath = '/v100/subscribe/asrevent/asresult';
/** A live call is planned this far ahead; the transcript of its recording is the same prefix (decision 0464). */
const planHorizonMs = 4 * 3_600_000;
const pushAttemptsMax = 5;

interface LiveTranscript {
  handle: RecordingHandle;
  utterances: Utterance[];
  next: number;
  timer: TimerId | null;
  stopped: boolean;
  /** The work of this recording (looking up subscriptions, analysing, enqueueing), one step after the other. */
  chain: Promise<void>;
  /** Per subscription: the script progress of this call (nlpResult). */
  scripts: Map<string, CallScriptState>;
}

export interface AsrFeedDeps {
  clock: Clock;
  subscriptions: AsrSubscriptions;
  recordingFiles: RecordingFiles;
  callbacks: CallbackOutbox;
  callCenterId: number;
  /** The semantic analysis for subscriptions with nlpFlag (absent: nlpResult is never sent). */
  nlp?: AsrNlp;
  track: (work: Promise<unknown>) => void;
  onError?: (error: unknown, context: { recordId: string }) => void;
}

/**
 * Pushes every speaker turn of a recorded call to the tenant's live §6.3 subscriptions (decision
 * 0464): while a recording runs, each utterance of its simulated transcript (the one its sidecar
 * file will hold, src/media/recordings) is sent when the speaker finishes it, as
 * `asrusercase "0"` (a final sentence), through the callback outbox. The utterance the recording's
 * end cuts is sent at the end, truncated as the transcript has it. The subscriptions are read from
 * the store at each turn, so one registered through another node, or lapsed meanwhile, counts.
 */
export class AsrTranscriptFeed {
  private readonly live = new Map<string, LiveTranscript>();

  constructor(private readonly deps: AsrFeedDeps) {}

  recording(handle: RecordingHandle, phase: 'start' | 'stop', endMs: number | null): void {
    if (handle.mediaType !== 5 && handle.mediaType !== 1) return;
    if (phase === 'start') {
      const live: LiveTranscript = { handle, utterances: [], next: 0, timer: null, stopped: false, chain: Promise.resolve(), scripts: new Map() };
      this.live.set(handle.recordId, live);
      return this.then(live, () => this.started(live));
    }
    const live = this.live.get(handle.recordId);
    if (!live) return;
    this.live.delete(handle.recordId);
    live.stopped = true;
    if (live.timer !== null) this.deps.clock.cancel(live.timer);
    const spokenMs = (endMs ?? this.deps.clock.now()) - handle.beginTimeMs;
    const atMs = this.deps.clock.now();
    this.then(live, () => {
      const cut = live.utterances[live.next];
      return cut && cut.beginMs < spokenMs ? this.push(live, { ...cut, endMs: spokenMs, truncated: true }, atMs) : undefined;
    });
  }

  /** Runs `work` after the recording's earlier work, so that its pushes are enqueued in speaking order. */
  private then(live: LiveTranscript, work: () => Promise<void> | undefined): void {
    live.chain = live.chain.then(work).catch((error: unknown) => this.deps.onError?.(error, { recordId: live.handle.recordId }));
    this.deps.track(live.chain);
  }

  /** Only calls whose recording starts while the tenant has a live subscription are followed. */
  private async started(live: LiveTranscript): Promise<void> {
    const { handle } = live;
    if ((await this.deps.subscriptions.forTenant(handle.vdnId)).length === 0) {
      this.live.delete(handle.recordId);
      return;
    }
    // A recording stopped before its subscriptions were read has nothing left to follow.
    if (live.stopped) return;
    const transcript = this.deps.recordingFiles.transcript({
      recordId: handle.recordId,
      vdnId: handle.vdnId,
      callId: handle.callId,
      fileName: handle.fileName,
      agentId: String(handle.workNo),
      callerNumber: handle.caller,
      calleeNo: handle.called,
      beginMs: handle.beginTimeMs,
      endMs: handle.beginTimeMs + planHorizonMs,
    });
    live.utterances = transcript.utterances;
    this.armNext(live);
  }

  /** One timer per live recording: the end of its next utterance. */
  private armNext(live: LiveTranscript): void {
    const utterance = live.utterances[live.next];
    if (!utterance || live.stopped) return;
    live.timer = this.deps.clock.schedule(live.handle.beginTimeMs + utterance.endMs, () => {
      live.timer = null;
      live.next += 1;
      const atMs = this.deps.clock.now();
      this.then(live, () => this.push(live, utterance, atMs));
      this.armNext(live);
    });
  }

  /**
   * Enqueues the turn for every live subscription of the tenant. The ordering key (subscription
   * and call) makes the outbox send a call's turns one after the other: a refused turn is retried
   * before any later turn of the same call goes (other calls go on meanwhile).
   */
  private async push(live: LiveTranscript, utterance: Utterance, atMs: number): Promise<void> {
    const { handle } = live;
    for (const subscription of await this.deps.subscriptions.forTenant(handle.vdnId)) {
      const url = `${subscription.serviceCallBackUri.replace(/\/+$/, '')}${asrResultPath}`;
      const nlpResult = await this.analysis(live, subscription, utterance);
      const body = { ...this.body(subscription, handle, utterance, atMs), ...(nlpResult ? { nlpResult } : {}) };
      await this.deps.callbacks.enqueue({ vdnId: handle.vdnId, kind: asrResultKind, url, body, maxAttempts: pushAttemptsMax, orderKey: `${asrResultKind}:${subscription.serverId}:${handle.callId}` });
    }
  }

  /** Table 6-422, when the subscription asks for it (nlpFlag) and the tenant has a chatbot (decision 0464). */
  private async analysis(live: LiveTranscript, subscription: AsrSubscription, utterance: Utterance): Promise<NlpResult | undefined> {
    if (!subscription.nlpFlag || !this.deps.nlp) return undefined;
    const chatbot = await this.deps.nlp.chatbot(live.handle.vdnId, subscription.flowAccessCode);
    if (!chatbot) return undefined;
    let state = live.scripts.get(subscription.serverId);
    if (!state) live.scripts.set(subscription.serverId, (state = { finished: new Set(), matched: '' }));
    return this.deps.nlp.analyse(live.handle.vdnId, chatbot, state, utterance);
  }

  /** Table 6-421. */
  private body(subscription: AsrSubscription, handle: RecordingHandle, utterance: Utterance, atMs: number) {
    // The customer is the far end of the agent's call: the caller of an inbound call, the called of an outbound one.
    const customer = handle.caller === String(handle.workNo) ? handle.called : handle.caller;
    const agentSpeaks = utterance.speaker === 'agent';
    return {
      serverid: subscription.serverId,
      subscribetype: subscription.subscribeType,
      initialagentid: String(handle.workNo),
      ccid: String(this.deps.callCenterId),
      vdnid: String(handle.vdnId),
      curcallid: handle.callId,
      curuserdn: customer,
      talkertype: agentSpeaks ? '1' : '2',
      talkerid: agentSpeaks ? String(handle.workNo) : customer,
      result: [{ confidence: '1.0', content: utterance.text, iscontentenc: '0' }],
      asrusercase: '0',
      calldata: JSON.stringify({ nlpFlag: subscription.nlpFlag, flowAccessCode: subscription.flowAccessCode ?? '', callbackUrl: subscription.serviceCallBackUri }),
      createTime: atMs,
    };
  }
}
