/**
 * The messages of a web chat: what the customer's `poll` returns (11.3 downLinkMsgArr, ref
 * L39219–39243 and the examples' extra fields) and what the transcript keeps.
 */
export type DownlinkSource = 'AGENT' | 'ROBOT' | 'SYSTEM';

export interface DownlinkMessage {
  channel: string;
  content: string;
  /** The channel configuration id. */
  from: string;
  /** The customer's userId. */
  to: string;
  mediaType: string;
  senderNickname: string;
  sourceType: DownlinkSource;
  timestamp: number;
  simQuestions: string | null;
  isOfflineStatus: boolean | null;
  messageCode: string;
  interIdx: string | null;
  contentType: string | null;
  mediaFileType: string | null;
  controlType: 'CHAT' | 'DISCONNECT' | 'READ';
  senderAvatar: string | null;
  callId: string | null;
  robotGender: string | null;
  handlerType: string | null;
  associationContentId: string | null;
  receiveTime: number | null;
  queueFlag: string | null;
}

export type TranscriptSender = 'CUSTOMER' | DownlinkSource;

/** One line of a chat transcript (decision 1104): kept durably, read by history and quality checks. */
export interface ChatTranscriptRecord {
  vdnId: number;
  /** The chat's call id; empty for messages outside a routed call (robot, offline). */
  callId: string;
  channelId: string;
  userId: string;
  sender: TranscriptSender;
  /** The agent's work number for AGENT, the userId for CUSTOMER, the robot/system name otherwise. */
  senderId: string;
  senderNickname: string;
  controlType: string;
  mediaType: string;
  content: string;
  /** The stored file the message refers to (an uploaded objectKey or an agent's local file), if any. */
  fileId: string | null;
  messageCode: string;
  atMs: number;
}

/** Downlink content is at most 500 characters (ref L39224); longer agent text is cut there. */
export const downlinkContentCharsMax = 500;
/** A customer TEXT message is at most 1 KB (ref L39530). */
export const uplinkTextBytesMax = 1024;
/** Messages a mailbox keeps for a customer who does not poll; older ones are dropped first (decision 1103). */
export const mailboxDepthMax = 500;

export function downlink(fields: Pick<DownlinkMessage, 'content' | 'from' | 'to' | 'mediaType' | 'senderNickname' | 'sourceType' | 'timestamp' | 'messageCode'> & Partial<DownlinkMessage>): DownlinkMessage {
  return {
    channel: 'WEB',
    simQuestions: null,
    isOfflineStatus: null,
    interIdx: null,
    contentType: null,
    mediaFileType: null,
    controlType: 'CHAT',
    senderAvatar: null,
    callId: null,
    robotGender: null,
    handlerType: null,
    associationContentId: null,
    receiveTime: null,
    queueFlag: null,
    ...fields,
    content: fields.content.slice(0, downlinkContentCharsMax),
  };
}
