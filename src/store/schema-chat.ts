import type { ChatTranscriptRecord } from '../domain/chat/index.ts';
/**
 * Web chat (reference ch. 11, §6.1.5; decisions 1104–1108): transcripts, files, left messages,
 * satisfaction comments, outbound (WhatsApp-style) messages and email drops. Times are epoch ms.
 */
/** A stored transcript line (decision 1104); `sender` is kept as the text the domain wrote. */
export interface ChatMessageTable extends Omit<ChatTranscriptRecord, 'sender'> {
  id: string;
  /** CUSTOMER, AGENT, ROBOT or SYSTEM. */
  sender: string;
}

/** A file a customer uploaded (11.6); the bytes are in the file store under `storeKey`. */
export interface ChatFileTable {
  objectKey: string;
  vdnId: number;
  channelId: string;
  userId: string;
  fileType: string;
  sizeBytes: number;
  storeKey: string;
  createdAtMs: number;
}

/** 11.14 doLeaveMessage. */
export interface ChatLeaveMessageTable {
  id: string;
  vdnId: number;
  channelId: string;
  userId: string;
  callId: string;
  caller: string;
  message: string;
  createdAtMs: number;
}

/** 11.4's comment beside the evaluation kept in satisfaction_result (5.4.3 reads that one). */
export interface ChatSatisfactionTable {
  id: string;
  vdnId: number;
  callId: string;
  channelId: string;
  userId: string;
  evaluation: string;
  comment: string;
  atMs: number;
}

/** 11.18 MT messages: accepted and stored, shown to agents; no outside delivery (decision 1108). */
export interface ChatOutboundMessageTable {
  id: string;
  vdnId: number;
  bulkId: string;
  messageId: string;
  phoneNumber: string;
  /** JSON of the `whatsApp` object. */
  payload: string;
  sendAtMs: number | null;
  status: string;
  createdAtMs: number;
}

/** Emails of the email channel (11.17 dropMail marks one discarded). */
export interface ChatEmailTable {
  emailId: string;
  vdnId: number;
  status: string;
  updatedAtMs: number;
}

export interface ChatTables {
  chatMessage: ChatMessageTable;
  chatFile: ChatFileTable;
  chatLeaveMessage: ChatLeaveMessageTable;
  chatSatisfaction: ChatSatisfactionTable;
  chatOutboundMessage: ChatOutboundMessageTable;
  chatEmail: ChatEmailTable;
}

declare module './schema.ts' {
  interface Database extends ChatTables {}
}
