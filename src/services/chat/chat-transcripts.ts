import type { ChatTranscriptRecord, TranscriptSender } from '../../domain/chat/index.ts';
import type { Repositories } from '../../store/index.ts';

/** One line of a chat as the quality checks read it (decision 1104): the stored record without its keys. */
export type TranscriptLine = Omit<ChatTranscriptRecord, 'vdnId' | 'callId' | 'channelId' | 'userId'>;

/**
 * The transcript of one chat of a tenant, in order: what the customer sent, what agents, the bot
 * and the platform answered. The read function of the quality-check issue.
 */
export async function chatTranscript(repos: Repositories, vdnId: number, callId: string): Promise<TranscriptLine[]> {
  const rows = await repos.chat.transcript(vdnId, callId);
  return rows.map((r) => ({ sender: r.sender as TranscriptSender, senderId: r.senderId, senderNickname: r.senderNickname, controlType: r.controlType, mediaType: r.mediaType, content: r.content, fileId: r.fileId, messageCode: r.messageCode, atMs: r.atMs }));
}
