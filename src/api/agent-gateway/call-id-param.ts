import { resolveCallId } from '../../domain/ids/index.ts';
import type { TenantEngine } from '../../engine/index.ts';

/**
 * A call id from a gateway request as the engine knows it (issue 10 item 5): the full form as
 * sent; the suffix-only form as the agent's own call with that sequence first, then any live call
 * of the tenant (the most recent, decision 1315). A text that names nothing is passed on unchanged,
 * so the engine answers it with the interface's documented "no such call" code.
 */
export function gatewayCallId(engine: TenantEngine, workNo: number, text: string): string;
export function gatewayCallId(engine: TenantEngine, workNo: number, text: string | undefined): string | undefined;
export function gatewayCallId(engine: TenantEngine, workNo: number, text: string | undefined): string | undefined {
  if (text === undefined || text === '') return text;
  const agent = engine.agents.get(workNo);
  const own = agent ? [...agent.legs.keys(), ...(agent.lastCallId ? [agent.lastCallId] : [])] : [];
  return resolveCallId(text, own) ?? resolveCallId(text, engine.calls.keys()) ?? text.trim();
}
