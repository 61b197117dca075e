import type { Clock, TimerId } from '../../domain/time/index.ts';
import type { CallbackOutbox } from '../../events/index.ts';
import type { RecordingHandle } from '../../engine/index.ts';
import type { RecordingFiles, Utterance } from '../../media/recordings/index.ts';
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
}

export interface AsrFeedDeps {
  clock: Clock;
  subscriptions: AsrSubscriptions;
  recordingFiles: RecordingFiles;
  callbacks: CallbackOutbox;
  callCenterId: number;
  track: (work: Promise<unknown>) => void;
}

/**
 * Pushes every speaker turn of a recorded call to the tenant's live §6.3 subscriptions (decision
 * 0464): while a recording runs, each utterance of its simulated transcript (the one its sidecar
 * file will hold, src/media/recordings) is sent when the speaker finishes it, as
 * `asrusercase "0"` (a final sentence), through the callback outbox, in order per call. The
 * utterance the recording's end cuts is sent at the end, truncated as the transcript has it.
 */
export class AsrTranscriptFeed {
  private readonly live = new Map<string, LiveTranscript>();

  constructor(private readonly deps: AsrFeedDeps) {}

  recording(handle: RecordingHandle, phase: 'start' | 'stop', endMs: number | null): void {
    if (handle.mediaType !== 5 && handle.mediaType !== 1) return;
    if (phase === 'start') return this.started(handle);
    const live = this.live.get(handle.recordId);
    if (!live) return;
    this.live.delete(handle.recordId);
    if (live.timer !== null) this.deps.clock.cancel(live.timer);
    const spokenMs = (endMs ?? this.deps.clock.now()) - handle.beginTimeMs;
    const cut = live.utterances[live.next];
    if (cut && cut.beginMs < spokenMs) this.push(handle, { ...cut, endMs: spokenMs, truncated: true });
  }

  private started(handle: RecordingHandle): void {
    if (this.deps.subscriptions.forTenant(handle.vdnId).length === 0) return;
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
    const live: LiveTranscript = { handle, utterances: transcript.utterances, next: 0, timer: null };
    this.live.set(handle.recordId, live);
    this.armNext(live);
  }

  /** One timer per live recording: the end of its next utterance. */
  private armNext(live: LiveTranscript): void {
    const utterance = live.utterances[live.next];
    if (!utterance) return;
    live.timer = this.deps.clock.schedule(live.handle.beginTimeMs + utterance.endMs, () => {
      live.timer = null;
      live.next += 1;
      this.push(live.handle, utterance);
      this.armNext(live);
    });
  }

  private push(handle: RecordingHandle, utterance: Utterance): void {
    for (const subscription of this.deps.subscriptions.forTenant(handle.vdnId)) {
      const url = `${subscription.serviceCallBackUri.replace(/\/+$/, '')}${asrResultPath}`;
      this.deps.track(this.deps.callbacks.enqueue({ vdnId: handle.vdnId, kind: asrResultKind, url, body: this.body(subscription, handle, utterance), maxAttempts: pushAttemptsMax }));
    }
  }

  /** Table 6-421. */
  private body(subscription: AsrSubscription, handle: RecordingHandle, utterance: Utterance) {
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
      createTime: this.deps.clock.now(),
    };
  }
}
