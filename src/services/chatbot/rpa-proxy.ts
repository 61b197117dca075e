import { CecError } from '../../http/cec-error.ts';
import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';

/** Calls the RPA controller: POST JSON, JSON back. Injected so tests use a local receiver. */
export type RpaTransport = (url: string, body: string) => Promise<{ status: number; body: unknown }>;

export const fetchRpaTransport: RpaTransport = async (url, body) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8' }, body, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: undefined };
  }
};

/**
 * CEC §10.20 (ref L38178–38639, decision 1011): ODFS relays RPA task and queue requests to the GTS
 * RPA controller. The controller is the tenant setting `rpaEndpoint` (a base URL); each operation
 * is POSTed to `{rpaEndpoint}/{operation}` with the request minus the OIAP token, and the
 * controller's `{errorCode, errorMsg, ...}` comes back as it is. No setting, an unreachable
 * controller or a non-JSON reply is 10000001.
 */
export async function relayToRpa(repos: Repositories, transport: RpaTransport, vdnId: number, operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const base = await tenantSetting(repos, vdnId, 'rpaEndpoint');
  if (typeof base !== 'string' || !/^https?:\/\//.test(base)) throw new CecError('10000001', 'no RPA controller is configured for the tenant (settings.rpaEndpoint)');
  const { authToken: _token, ...forwarded } = body;
  let reply: { status: number; body: unknown };
  try {
    reply = await transport(`${base.replace(/\/+$/, '')}/${operation}`, JSON.stringify(forwarded));
  } catch {
    throw new CecError('10000001', 'the RPA controller did not answer');
  }
  if (!reply.body || typeof reply.body !== 'object' || Array.isArray(reply.body)) throw new CecError('10000001', `the RPA controller answered HTTP ${reply.status} without a JSON object`);
  const { errorCode, errorMsg, ...payload } = reply.body as Record<string, unknown>;
  if (errorCode !== undefined && errorCode !== null && Number(errorCode) !== 0) throw new CecError(String(errorCode), typeof errorMsg === 'string' ? errorMsg : 'the RPA controller refused the request');
  return { ...(typeof errorMsg === 'string' ? { errorMsg } : {}), ...payload };
}
