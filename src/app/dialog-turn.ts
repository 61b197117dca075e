import type { DialogPort, DialogReply, DialogRequest } from '../services/chatbot/ports.ts';

/** What a bridge between an engine and the dialog service needs (decisions 1013, 1014). */
export interface DialogBridgeOptions {
  dialog: DialogPort;
  /** Keeps the dialog turns visible to `settle()` and shutdown. */
  track(work: Promise<unknown>): void;
  onError(error: unknown, context: Record<string, unknown>): void;
}

/**
 * Sends one dialog request as tracked background work: the reply is handed to `answered` (which
 * re-enters the engine through `engine.run`), a failure is logged and handed to `failed`.
 */
export function dialogTurn(options: DialogBridgeOptions, vdnId: number, request: DialogRequest, answered: (reply: DialogReply) => void, failed: () => void = () => {}): void {
  const work = options.dialog
    .process(vdnId, request)
    .then(answered)
    .catch((error: unknown) => {
      options.onError(error, { vdnId, userid: request.userid, inaction: request.inaction });
      failed();
    });
  options.track(work);
}
