import type { TranscriptSender } from '../../domain/chat/index.ts';
import type { Repositories } from '../../store/index.ts';

/** One line of a chat as the quality checks read it (decision 1104). */
export interface TranscriptLine {
  sender: TranscriptSender;
  /** The agent's work number, the customer's userId, or the robot/system name. */
  senderId: string;
  senderNickname: string;
  controlType: string;
  mediaType: string;
  content: string;
  /** The stored file the line refers to (an uploaded objectKey, `local/{key}` for an agent's file). */
  fileId: string | null;
  messageCode: string;
  atMs: number;
}

/**
 * The transcript of one chat of a tenant, in order: what the customer sent, what agents, the bot
 * and the platform answered. The read function of the quality-check issue.
 */
export async function chatTranscript(repos: Repositories, vdnId: number, callId: string): Promise<TranscriptLine[]> {
  const rows = await repos.chat.transcript(vdnId, callId);
  return rows.map((r) => ({ sender: r.sender as TranscriptSender, senderId: r.senderId, senderNickname: r.senderNickname, controlType: r.controlType, mediaType: r.mediaType, content: r.content, fileId: r.fileId, messageCode: r.messageCode, atMs: r.atMs }));
}
