import type { Rng } from '../domain/time/index.ts';
import type { DialFailure, DialOutcome, RecordingName, RecordingRequest, Switch } from '../telephony/switch.port.ts';
import { SimSwitch } from '../telephony/sim/index.ts';
import { sampleMs, type DurationSpec } from './distribution.ts';

/**
 * The simulated network of a scenario: the built-in one, with each agent's pick-up time drawn from
 * its group's answer-delay distribution.
 */
export class ScenarioSwitch implements Switch {
  private readonly base = new SimSwitch();
  private readonly delays = new Map<number, DurationSpec>();

  constructor(private readonly rng: Rng) {}

  setAnswerDelay(workNo: number, spec: DurationSpec | undefined): void {
    if (spec) this.delays.set(workNo, spec);
  }

  agentPhoneAnswerDelayMs(workNo: number, phone: string): number {
    const spec = this.delays.get(workNo);
    return spec ? sampleMs(spec, this.rng) : this.base.agentPhoneAnswerDelayMs(workNo, phone);
  }

  bindAgentNumber(workNo: number, phone: string): DialFailure | null {
    return this.base.bindAgentNumber(workNo, phone);
  }

  unbindAgentNumber(workNo: number): void {
    this.base.unbindAgentNumber(workNo);
  }

  dial(number: string): DialOutcome {
    return this.base.dial(number);
  }

  recording(request: RecordingRequest): RecordingName {
    return this.base.recording(request);
  }

  promptDurationMs(text: string): number {
    return this.base.promptDurationMs(text);
  }
}
