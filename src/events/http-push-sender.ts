import type { CecEvent } from '../domain/events/index.ts';
import type { PushSender, PushTarget } from './agent-event-hub.ts';

/**
 * POSTs a batch of events to the agent's callbackUri as §6.1.4.2 describes (ref L13712–13814):
 * headers `Guid` and `service_token`, body `{workNo, eventList}` oldest first; the client answers
 * `{"retcode":"0"}` (string or number). Anything else, a non-2xx status, a network error or no
 * answer within `timeoutMs` is a failed attempt, retried by the hub.
 */
export function httpPushSender(timeoutMs: number): PushSender {
  return async (target: PushTarget, workNo: string, events: CecEvent[]) => {
    if (target.legacy) return legacyPush(target, events, timeoutMs);
    const response = await fetch(target.callbackUri, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', Guid: target.guid(), service_token: target.serviceToken },
      body: JSON.stringify({ workNo, eventList: events }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body is always read, also on failure: an unread body keeps the connection busy.
    const text = await response.text();
    if (!response.ok) return false;
    try {
      const body = JSON.parse(text) as { retcode?: unknown };
      return String(body.retcode) === '0';
    } catch {
      return false;
    }
  };
}

/**
 * Pre-2.5 push (`pushUrl`, docs/extensions.md): each event alone, in the body a poll would have
 * returned (`{"message":"","retcode":"0","event":{eventType, workNo, content}}`); those clients
 * answer with any 2xx and no agreed body, so the status alone says whether it was delivered.
 */
async function legacyPush(target: PushTarget, events: CecEvent[], timeoutMs: number): Promise<boolean> {
  for (const event of events) {
    const response = await fetch(target.callbackUri, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', Guid: target.guid() },
      body: JSON.stringify({ message: '', retcode: '0', event }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    if (!response.ok) return false;
  }
  return true;
}
