import type { Clock } from '../../domain/time/index.ts';
import type { Repositories, SimMessageRow } from '../../store/index.ts';

/**
 * The SMS and e-mail gateways of the one-click trial, simulated (decision 1506): a message is
 * "sent" by writing it to the `sim_message` outbox, which `/sim/v1/sms` and `/sim/v1/emails`
 * read. The SMS gateway can be switched off through the simulator to exercise §17.2's 204.
 */
export class SimulatedMessaging {
  smsGatewayAvailable = true;

  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly nextId: () => string,
  ) {}

  /** False when the SMS gateway is down (nothing is written). */
  async sendSms(phone: string, text: string): Promise<boolean> {
    if (!this.smsGatewayAvailable) return false;
    await this.write('sms', phone, '', text);
    return true;
  }

  async sendEmail(to: string, subject: string, body: string): Promise<void> {
    await this.write('email', to, subject, body);
  }

  /** Messages of a channel sent since the start of the current UTC day (the daily thresholds). */
  sentToday(channel: SimMessageRow['channel']): Promise<number> {
    const now = this.clock.now();
    return this.repos.trial.countMessagesSince(channel, now - (now % 86_400_000));
  }

  private async write(channel: SimMessageRow['channel'], recipient: string, subject: string, body: string): Promise<void> {
    await this.repos.trial.insertMessage({ id: this.nextId(), channel, recipient, subject, body, sentAtMs: this.clock.now() });
  }
}
