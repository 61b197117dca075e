import type { DialogState } from '../../domain/chatbot/index.ts';

/** A pending silent-agent transfer (10.11.1 workMode 3), delivered at the next request. */
export interface QueuedTransfer {
  transType: number;
  routeValue: string;
  transData: string;
  callingNum: string;
}

/** What oiap_session.state holds beside the dialog machine's own state. */
export interface SessionData {
  dialog: DialogState;
  flowId: string;
  call: { callSorId: string; callDstId: string; regionId: string; entranceId: string; channelType: string; language: string };
  /** Packet capture (inaction 7, 10.12): recognised sentences not yet consumed, and barge-in. */
  capture: { serviceToken: string; speechStarted: boolean; results: string[] } | null;
  /** Silent-agent work mode (10.11): 0 common, 1 supervision, 2 insertion. */
  workMode: number;
  silentAgentId: string | null;
  queuedTransfer: QueuedTransfer | null;
  /** A silent agent's reply waiting to be sent instead of the bot's (10.11.2). */
  queuedReply: string | null;
}
