import type { AuthGuard } from '../../http/endpoint.ts';
import { header } from '../../http/auth/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { guidUse } from '../../engine/index.ts';
import { announceGuid } from './guid-headers.ts';
import type { CtiServices } from '../services.ts';

/** Agent ids of the gateway paths: "101" to "59999" (e.g. Table 6-1, ref L6768). */
export function parseAgentId(raw: unknown): number | undefined {
  const text = String(raw ?? '');
  if (!/^\d{3,5}$/.test(text)) return undefined;
  const workNo = Number(text);
  return workNo >= 101 && workNo <= 59999 ? workNo : undefined;
}

/**
 * C4 (ref L2613–2639, note 02 §5.1): the `{agentid}` of the path must be signed in (else 100-006)
 * and the `Guid` header must be its current GUID or the previous one within GUIDTIMEOUT (else
 * 000-003). The sign-in interfaces need no GUID: they issue it. The event poll also admits a
 * just-signed-out agent with its last GUID, to collect its final events.
 */
export function createAgentGuards(cti: CtiServices): { C4: AuthGuard; 'C4-sign-in': AuthGuard } {
  const resolve = async (raw: unknown) => {
    const workNo = parseAgentId(raw);
    if (workNo === undefined) throw new CecError('000-002', 'The agent ID in the URL is invalid.');
    const engine = await cti.registry.forWorkNo(workNo);
    return { workNo, engine, agent: engine?.agents.get(workNo) };
  };
  return {
    async 'C4-sign-in'(request) {
      const context = await resolve((request.params as Record<string, unknown>)?.agentid);
      request.agentGateway = context;
      return { mode: 'C4-sign-in', vdnId: context.engine?.vdnId ?? null, subject: String(context.workNo) };
    },
    async C4(request, endpoint, reply) {
      const context = await resolve((request.params as Record<string, unknown>)?.agentid);
      const guid = header(request, 'guid') ?? '';
      if (!context.engine || !context.agent) {
        if (endpoint.section === '6.1.4.1' && cti.hub.closingSession(context.workNo, guid)) {
          request.agentGateway = context;
          return { mode: 'C4', vdnId: context.engine?.vdnId ?? null, subject: String(context.workNo) };
        }
        throw new CecError('100-006', 'The agent has not signed in.');
      }
      const { engine, agent } = context;
      const use = engine.run(() => guidUse(engine, agent, guid));
      if (use === 'invalid') throw new CecError('000-003', 'No permission to invoke the interface; the agent authentication may have expired.');
      // The reply that carried the new GUID may have been lost (client timeout, proxy): until the
      // client uses the new one, every reply to the old one repeats it (issue 7, §4.5 ref L2633).
      if (use === 'previous') announceGuid(reply, agent.guid);
      request.agentGateway = context;
      return { mode: 'C4', vdnId: context.engine.vdnId, subject: String(context.workNo) };
    },
  };
}
