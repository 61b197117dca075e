import type { FastifyReply, FastifyRequest } from 'fastify';
import { CecError } from '../../http/cec-error.ts';
import { configGeneric, fieldEnvelope } from '../../http/envelope/field-envelope.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import type { TenantEngine } from '../../engine/index.ts';
import type { ApiServices } from '../services.ts';
import type { ChatGrant } from '../../services/chat/index.ts';

/**
 * Chapter 11 replies `{resultCode, resultDesc, ...}` with string codes and HTTP 200 for business
 * results (note 06 §3.3 A); each interface documents its own codes.
 */
export const chatEnvelope = fieldEnvelope({
  name: 'chat',
  codeField: 'resultCode',
  messageField: 'resultDesc',
  successCode: '0',
  generic: configGeneric('1'),
});

/** The tenant of the C1 credential; a credential of no tenant is refused (HTTP 401). */
export function chatTenant(auth: AuthContext): number {
  if (auth.vdnId === null) throw new CecError('401', 'Unauthorized operation.', { httpStatus: 401 });
  return auth.vdnId;
}

export interface ChatCaller {
  vdnId: number;
  grant: ChatGrant;
  engine: TenantEngine;
}

/**
 * The customer behind a session interface: the `ccmessaging-token` of the C1 caller's tenant. A
 * token expired within its grace still works and the reply carries its replacement in the
 * `ccmessaging-token` header (ref L39007). Failures answer HTTP 401 ("use the applyToken
 * interface to apply for a token again", ref L39007), or the interface's own code (`code`).
 */
export async function chatCaller(ctx: { request: FastifyRequest; reply: FastifyReply; services: ApiServices; auth: AuthContext }, code?: string): Promise<ChatCaller> {
  const vdnId = chatTenant(ctx.auth);
  const header = ctx.request.headers['ccmessaging-token'];
  const token = Array.isArray(header) ? header[0] : header;
  const check = ctx.services.chat.tokens.check(token, vdnId);
  if (!check.ok) {
    const message = { missing: 'The ccmessaging-token header is missing.', unknown: 'The ccmessaging-token is incorrect.', expired: 'The ccmessaging-token has expired.', foreign: 'The ccmessaging-token is incorrect.' }[check.why];
    throw code ? new CecError(code, message) : new CecError('401', message, { httpStatus: 401 });
  }
  if (check.renewed) ctx.reply.header('ccmessaging-token', check.renewed);
  return { vdnId, grant: check.grant, engine: await ctx.services.cti.registry.get(vdnId) };
}

/** Runs a chat command in the tenant's engine and waits until the transcript lines it wrote are durable. */
export async function chatCommand<T>(services: ApiServices, engine: TenantEngine, command: () => T): Promise<T> {
  const value = engine.run(command);
  await services.cti.records.flushed();
  return value;
}
