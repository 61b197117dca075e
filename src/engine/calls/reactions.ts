import type { EngineCore } from '../core/index.ts';
import { offerCall } from './agent-calls.ts';
import { scheduleCustomerPatience } from './customer-behaviour.ts';

/**
 * What the calls folder does when routing hands over (engine-core.ts `Reactions`): the agent that
 * routing chose is offered the call, and a queued caller's patience starts (the simulated customer).
 */
export function installCalls(engine: EngineCore): void {
  engine.react({
    offerQueuedCall: (e, agent, call) => offerCall(e, agent, call),
    callQueued: scheduleCustomerPatience,
  });
}
