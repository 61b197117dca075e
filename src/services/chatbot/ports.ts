import type { DialogEffect } from '../../domain/chatbot/index.ts';

/**
 * Plug-in points of the chatbot (issue 13 item 6). Callers outside chapter 10 — the simulated IVR
 * behind access code 4002, the web-chat robot leg — drive a dialog through `DialogPort`, the same
 * state machine the HTTP interface runs (docs/architecture.md "Chatbot").
 */
export interface DialogPort {
  process(vdnId: number, request: DialogRequest, options?: { vdnid?: number }): Promise<DialogReply>;
}

export interface DialogRequest {
  userid: string;
  inaction: number;
  seat?: string;
  inparams: Record<string, unknown>;
  extparams?: Record<string, unknown>;
}

export interface DialogReply {
  userid: string;
  outaction: number;
  outparams: Record<string, string>;
}

/** Performs a flow's REST node (ref: note 05 §8.3.1 "rest"). Never throws: failures are `ok: false`. */
export type ChatbotHttp = (request: Extract<DialogEffect, { kind: 'http' }>) => Promise<{ ok: boolean; body: unknown }>;

/** The real HTTP client of REST nodes: JSON in and out, a timeout per call. */
export const fetchChatbotHttp: ChatbotHttp = async (request) => {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: { ...(request.body === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' }), ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // A reply that is not JSON is kept as text for the flow's `map` (readPath sees no fields).
    }
    return { ok: response.ok, body };
  } catch {
    return { ok: false, body: undefined };
  }
};
