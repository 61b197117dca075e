import type { CecEvent } from '../../src/domain/events/index.ts';
import { advance, GatewayAgent } from '../support/gateway-client.ts';
import type { TestApp } from '../support/test-app.ts';

/**
 * A contact-center floor for the outbound scenarios: agents signed in through the gateway, each
 * talking `talkMs` to every dialled customer who reaches it, after which the customer hangs up
 * through the simulator's driver API. Events are seen through the CTI's event tap (so that the
 * floor reacts at once) and each agent's own queue is drained by polling, as a desktop would.
 */
export class OutboundFloor {
  readonly agents = new Map<number, GatewayAgent>();
  /** Every event each agent was sent, in order. */
  readonly events = new Map<number, CecEvent[]>();
  /** Calls connected to an agent, and when the customer will hang up. */
  private readonly hangups = new Map<string, number>();
  readonly talked: Array<{ workNo: number; callId: string; feature: string; atMs: number }> = [];
  private readonly untap: () => void;
  private lastHandshakeMs = Number.NEGATIVE_INFINITY;

  constructor(
    readonly app: TestApp,
    readonly talkMs = 20_000,
  ) {
    const tap = (event: CecEvent) => this.seen(event);
    app.services.cti.eventTaps.add(tap);
    this.untap = () => app.services.cti.eventTaps.delete(tap);
  }

  async signIn(workNos: readonly number[], body: Record<string, unknown> = { status: 4 }): Promise<void> {
    for (const workNo of workNos) this.agents.set(workNo, await GatewayAgent.signIn(this.app, workNo, body));
  }

  private seen(event: CecEvent): void {
    const workNo = Number(event.workNo);
    if (!this.events.has(workNo)) this.events.set(workNo, []);
    this.events.get(workNo)!.push(event);
    if (event.eventType !== 'AgentEvent_Talking') return;
    const content = event.content as { callid: string; feature: string };
    if (this.hangups.has(content.callid)) return;
    this.hangups.set(content.callid, this.app.clock.now() + this.talkMs);
    this.talked.push({ workNo, callId: content.callid, feature: content.feature, atMs: this.app.clock.now() });
  }

  /** Moves time in steps of a second for `ms`, hanging up the calls whose talk time is over. */
  async run(ms: number, stepMs = 1_000): Promise<void> {
    for (let left = ms; left > 0; left -= stepMs) {
      await advance(this.app, Math.min(stepMs, left));
      const now = this.app.clock.now();
      for (const [callId, at] of this.hangups) {
        if (at > now) continue;
        this.hangups.set(callId, Number.POSITIVE_INFINITY);
        await this.app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
      }
      // A desktop polls its events and shakes hands with the gateway, or its session expires (6.1.1.3).
      const handshake = now - this.lastHandshakeMs >= 30_000;
      if (handshake) this.lastHandshakeMs = now;
      for (const agent of this.agents.values()) {
        if (this.app.services.cti.hub.size(agent.workNo) > 0) this.polledBy(agent.workNo).push(...(await agent.events()));
        if (handshake) await agent.call('POST', 'onlineagent/{id}/handshake');
      }
    }
    await this.app.services.settle();
  }

  /** What each agent's desktop received by polling (6.1.3.1), [eventType, content]. */
  readonly polled = new Map<number, Array<[string, unknown]>>();

  private polledBy(workNo: number): Array<[string, unknown]> {
    if (!this.polled.has(workNo)) this.polled.set(workNo, []);
    return this.polled.get(workNo)!;
  }

  eventTypes(workNo: number): string[] {
    return (this.events.get(workNo) ?? []).map((e) => e.eventType);
  }

  close(): void {
    this.untap();
  }
}
