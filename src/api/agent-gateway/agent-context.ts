import type { FastifyRequest } from 'fastify';
import type { AgentRuntime, Result, RejectionTag, TenantEngine } from '../../engine/index.ts';
import { CecError } from '../../http/cec-error.ts';
import type { ApiServices } from '../services.ts';
import { gatewayError } from './gateway-errors.ts';

/** What the C4 guard found for a request: the agent's tenant engine and, when signed in, its session. */
export interface AgentGatewayContext {
  workNo: number;
  engine: TenantEngine | undefined;
  agent: AgentRuntime | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    agentGateway?: AgentGatewayContext;
  }
}

export function agentContext(request: FastifyRequest): AgentGatewayContext {
  const context = request.agentGateway;
  if (!context) throw new CecError('100-007', 'The request has no agent context.');
  return context;
}

/** The signed-in agent's engine (the C4 guard guarantees it for 'C4' endpoints). */
export function signedInEngine(request: FastifyRequest): { engine: TenantEngine; agent: AgentRuntime; workNo: number } {
  const { engine, agent, workNo } = agentContext(request);
  if (!engine || !agent) throw new CecError('100-006', 'The agent has not signed in.');
  return { engine, agent, workNo };
}

/**
 * Runs one engine command for an interface: the command's rejection becomes the documented code,
 * and the records it produced are durable before the reply goes out.
 */
export async function runCommand<T>(
  services: ApiServices,
  engine: TenantEngine,
  command: () => Result<T>,
  override?: Partial<Record<RejectionTag, string>>,
): Promise<T> {
  const result = engine.run(command);
  if (!result.ok) throw gatewayError(result.rejection, override);
  await services.cti.records.flushed();
  return result.value;
}

/**
 * The common shape of a gateway command: run it for the request's signed-in agent and answer the
 * reserved `result: {}` with "success" (e.g. 6.1.1.9, 6.1.2.8).
 */
export async function commandReply(
  services: ApiServices,
  request: FastifyRequest,
  command: (engine: TenantEngine, workNo: number, agent: AgentRuntime) => Result<unknown>,
  override?: Partial<Record<RejectionTag, string>>,
): Promise<{ message: string; result: Record<string, never> }> {
  const { engine, workNo, agent } = signedInEngine(request);
  await runCommand(services, engine, () => {
    const result = command(engine, workNo, agent);
    // A setting may change without an event (autoanswer, talk right): the session is saved anyway (decision 1720).
    if (result.ok) services.cti.records.sessionTouched(engine.vdnId, workNo);
    return result;
  }, override);
  return { message: 'success', result: {} };
}
