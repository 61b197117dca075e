import type { DialFailure, DialOutcome, RecordingName, RecordingRequest, Switch } from '../switch.port.ts';

export interface SimSwitchOptions {
  /** Softphones go off-hook this long after the platform answers for the agent (default 0). */
  agentAnswerDelayMs?: number;
  /** Dialled numbers ring this long before answering (default 2 s). */
  answerAfterMs?: number;
  /** A number that never answers rings this long before the attempt fails (default 30 s). */
  noAnswerTimeoutMs?: number;
}

/**
 * Scripted outcomes of dialled numbers, by the number's ending (docs/simulator.md). The causes are
 * those of Table 6-451 (ref L21543) as the reference's OUTBOUND_DETECT_EVENT reports them.
 */
export const dialRules = [
  { suffix: '0000', kind: 'noAnswer', detect: 1168, desc: 'The called party does not answer.', leaveReason: 26, releaseCause: 603 },
  { suffix: '0001', kind: 'busy', detect: 1164, desc: 'The called party is busy.', leaveReason: 20, releaseCause: 537 },
  { suffix: '0002', kind: 'invalid', detect: 1163, desc: 'The called number does not exist.', leaveReason: 24, releaseCause: 538 },
  { suffix: '0003', kind: 'reject', detect: 1169, desc: 'The called party rejects the call.', leaveReason: 27, releaseCause: 604 },
  { suffix: '0004', kind: 'poweredOff', detect: 1165, desc: 'The called mobile phone is powered off.', leaveReason: 22, releaseCause: 548 },
] as const;

/**
 * What the simulated network plays to a caller whose attempt fails, by release cause of
 * `dialRules`: the text §10.16's offline analysis "hears" (decision 1016). A rejected call has no
 * announcement (the callee hung up on the ring), so its analysis finds no ASR text.
 */
export const failureAnnouncements: Readonly<Record<number, string>> = {
  603: 'Sorry, there is no answer from the subscriber you dialled. Please call again later.',
  537: 'Sorry, the subscriber you dialled is busy.',
  538: 'Sorry, the number you dialled does not exist. Please check the number and dial again.',
  548: 'Sorry, the subscriber you dialled is powered off.',
};

/**
 * The built-in simulated network: agent softphones that go off-hook when told to, and customers
 * whose answer depends on the number they have. Everything is a pure function of its inputs.
 */
export class SimSwitch implements Switch {
  private readonly agentAnswerDelayMs: number;
  private readonly answerAfterMs: number;
  private readonly noAnswerTimeoutMs: number;
  /** Agents answering on an external number instead of a softphone (6.1.2.26), by work number. */
  private readonly boundNumbers = new Map<number, string>();

  constructor(options: SimSwitchOptions = {}) {
    this.agentAnswerDelayMs = options.agentAnswerDelayMs ?? 0;
    this.answerAfterMs = options.answerAfterMs ?? 2_000;
    this.noAnswerTimeoutMs = options.noAnswerTimeoutMs ?? 30_000;
  }

  /**
   * A softphone goes off-hook after the configured delay. A mobile agent's bound number is a phone
   * of the network like any dialled one, so it picks up when a dialled call to it would be answered
   * (alerting, then the answer delay): the mobile agent's timing follows the network's outcome.
   */
  agentPhoneAnswerDelayMs(workNo: number, phone: string): number {
    if (this.boundNumbers.get(workNo) !== phone) return this.agentAnswerDelayMs;
    const outcome = this.dial(phone);
    // bindAgentNumber accepts only numbers that answer; the other branch cannot be taken while the
    // dial rules stay a function of the number, and keeps the softphone's timing if it ever were.
    return outcome.kind === 'answer' ? outcome.alertAfterMs + outcome.answerAfterMs : this.agentAnswerDelayMs;
  }

  /**
   * Rings `phone` for the agent's calls from now on (6.1.2.26 "Shift Mobile"). A number the network
   * would not connect (invalid, busy, powered off, never answering, rejecting) is refused with the
   * failure a dialled call to it would meet, and nothing changes.
   */
  bindAgentNumber(workNo: number, phone: string): DialFailure | null {
    const outcome = this.dial(phone);
    if (outcome.kind === 'fail') return outcome.failure;
    this.boundNumbers.set(workNo, phone);
    return null;
  }

  unbindAgentNumber(workNo: number): void {
    this.boundNumbers.delete(workNo);
  }

  dial(number: string): DialOutcome {
    const rule = dialRules.find((r) => number.endsWith(r.suffix));
    if (!rule) return { kind: 'answer', alertAfterMs: 0, answerAfterMs: this.answerAfterMs };
    const { detect, desc, leaveReason, releaseCause } = rule;
    const failure = { detect, desc, leaveReason, releaseCause };
    switch (rule.kind) {
      case 'noAnswer':
        return { kind: 'fail', afterMs: this.noAnswerTimeoutMs, alerted: true, failure };
      case 'reject':
        return { kind: 'fail', afterMs: Math.min(this.answerAfterMs, 3_000), alerted: true, failure };
      default:
        return { kind: 'fail', afterMs: 1_000, alerted: false, failure };
    }
  }

  recording(request: RecordingRequest): RecordingName {
    // The reference's form (ref L20389): recordID "Yc1v6a20011d20161025t1902050" and file
    // "Y:/6/0/20161025/20011/1902050.V3": drive, center 1, VDN, agent, UTC date, time and a digit.
    const at = new Date(request.atMs);
    const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
    const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}${request.taskSeq % 10}`;
    return {
      taskId: String(5000 + request.taskSeq),
      recordId: `Yc1v${request.vdnId}a${request.workNo}d${date}t${time}`,
      fileName: `Y:/${request.vdnId}/0/${date}/${request.workNo}/${time}.V3`,
      locationId: '0',
    };
  }

  promptDurationMs(text: string): number {
    // About 12 characters a second of speech, at least one second.
    return Math.max(1_000, Math.round((text.length / 12) * 1_000));
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
