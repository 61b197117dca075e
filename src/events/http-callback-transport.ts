import type { CallbackDeliveryRow } from '../store/index.ts';
import type { CallbackTransport } from './callback-outbox.ts';

export interface HttpCallbackTransportOptions {
  timeoutMs: number;
  /** Extra headers for a delivery (e.g. an auth-v2 signature by the tenant's AK/SK). */
  headersFor?: (delivery: CallbackDeliveryRow, url: URL, body: string) => Promise<Record<string, string>>;
  /** Whether a receiver's reply acknowledges the callback (default: 2xx and returnCode "0"). */
  acknowledges?: (status: number, body: unknown, delivery: CallbackDeliveryRow) => boolean;
}

/** CEC §5.4.4 Table 5-120 (ref L6553): the receiver answers `{"returnCode":"0"}` when it took the result. */
export function returnCodeAcknowledges(status: number, body: unknown): boolean {
  return codeFieldIsZero(status, body, 'returnCode');
}

/** A 2xx reply whose body's `field` is "0". */
function codeFieldIsZero(status: number, body: unknown, field: string): boolean {
  return status >= 200 && status < 300 && typeof body === 'object' && body !== null && String((body as Record<string, unknown>)[field]) === '0';
}

/** The outbox kind of a CC-iSales call-result push (7.6.1). */
export const isalesResultPushKind = 'isales-call-result';

/**
 * CEC §6.2.14.2/§6.2.14.3 (ref L18164, L18296), §14.4.2 (ref L69955) and §7.6.1 (ref L28164): the
 * receiver of a call status or release event, or of outbound call results, answers
 * `{"retCode":"0","retMsg":"success"}`.
 */
const retCodeCallbackKinds = ['bidirectional-', 'voice-notification-', isalesResultPushKind];

export function retCodeAcknowledges(status: number, body: unknown): boolean {
  return codeFieldIsZero(status, body, 'retCode');
}

/**
 * CEC §13.2.1.2 (ref L67265) documents no reply to the CC-FS package callback: any 2xx takes it
 * (decision 1304).
 */
export function ccfsOrReturnCodeAcknowledges(status: number, body: unknown, delivery: CallbackDeliveryRow): boolean {
  if (delivery.kind.startsWith('ccfs-')) return status >= 200 && status < 300;
  if (retCodeCallbackKinds.some((prefix) => delivery.kind.startsWith(prefix))) return retCodeAcknowledges(status, body);
  // CEC §6.3.6 Table 6-427: the recognition result receiver answers `{"message","retcode":"0"}`.
  if (delivery.kind === 'asr-result') return codeFieldIsZero(status, body, 'retcode');
  return returnCodeAcknowledges(status, body);
}

/** POSTs the delivery's JSON body to its URL. */
export function httpCallbackTransport(options: HttpCallbackTransportOptions): CallbackTransport {
  const acknowledges = options.acknowledges ?? returnCodeAcknowledges;
  return async (delivery) => {
    const url = new URL(delivery.url);
    const extra = options.headersFor ? await options.headersFor(delivery, url, delivery.body) : {};
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json;charset=UTF-8', ...extra },
      body: delivery.body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const acknowledged = acknowledges(response.status, parsed, delivery);
    return acknowledged ? { acknowledged } : { acknowledged, error: `HTTP ${response.status}: ${text.slice(0, 200)}` };
  };
}
