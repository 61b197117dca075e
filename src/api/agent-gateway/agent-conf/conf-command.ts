import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { chairedConference, type Conference, type Result, type TenantEngine } from '../../../engine/index.ts';
import type { ApiServices } from '../../services.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { commandReply, runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { playSource } from '../recordplay/play-source.ts';

/** `{agentid}` base of the agent conference interfaces (§6.1.6). */
export const confBase = '/agentgateway/resource/agentconf/{agentid}';

/** What every POST of the family shares: C4, the gateway envelope, `{agentid}`. */
export const confPost = { method: 'POST' as const, auth: 'C4' as const, envelope: gatewayEnvelope, params: AgentIdParams };

/** Codes every chair operation documents (e.g. 6.1.6.6, ref L14898–14902). */
export const chairErrors = ['000-002', '100-006', '100-007', '101-001', '101-002'];

/** Table 6-292: "6" a phone number, "9" an agent ID. */
export const AddressType = Type.Union([Type.Literal('6'), Type.Literal('9')], { description: '6 phone number, 9 agent ID' });
/** Table 6-292: the address, at most 24 bytes. */
export const Address = Type.String({ minLength: 1, maxLength: 24 });
/** Table 6-276: `Drive letter/conf/VDN ID/file`, at most 127 characters. */
export const VoicePath = Type.String({ minLength: 1, maxLength: 127 });
/** playMode: only 2, a specified voice file (Table 6-276). */
export const PlayMode = Type.Optional(Type.Literal(2));

export const ConfAddressBody = Type.Object({ addressType: AddressType, address: Address });

/**
 * A chair operation (note 02 §5.8): the agent's conference, active and chaired by it (101-001,
 * 101-002), then the command; the reply is the reserved `result: {}` unless the command returns one.
 */
export function chairCommand(
  services: ApiServices,
  request: FastifyRequest,
  command: (engine: TenantEngine, conf: Conference) => Result<unknown>,
): Promise<{ message: string; result: Record<string, never> }> {
  return commandReply(services, request, (engine, workNo) => {
    const conf = chairedConference(engine, workNo);
    return conf.ok ? command(engine, conf.value) : conf;
  });
}

/** A chair operation whose reply carries the command's result (6.1.6.8, 6.1.6.11). */
export async function chairQuery<T>(services: ApiServices, request: FastifyRequest, command: (engine: TenantEngine, conf: Conference) => Result<T>): Promise<{ message: string; result: T }> {
  const { engine, workNo } = signedInEngine(request);
  const result = await runCommand(services, engine, () => {
    const conf = chairedConference(engine, workNo);
    return conf.ok ? command(engine, conf.value) : conf;
  });
  return { message: 'success', result };
}

/**
 * What an announcement is: the file's real length (decision 0463), read as 13.1.1 play reads it
 * (an approved voice file of the tenant, or one of its recordings); another VDN's file or an
 * unknown path cannot play.
 */
export async function announcement(services: Parameters<typeof playSource>[0], vdnId: number, voicePath: string) {
  const { durationMs } = await playSource(services, vdnId, voicePath);
  return { voicePath, durationMs };
}
