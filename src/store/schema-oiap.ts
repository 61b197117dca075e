/**
 * The chatbot / intelligent IVR tables (OIAP, reference chapter 10, note 05 §4.2–4.4). Every row is
 * keyed by the tenant (`vdnId`); times are epoch milliseconds. JSON columns hold the normalised
 * shapes of `src/domain/chatbot`.
 */
export interface OiapDomainTable {
  vdnId: number;
  domainId: number;
  domainName: string;
  language: string;
  /** 1 activated (listed by 10.2), 0 not. */
  active: number;
}

/** An intention (10.10) with the training corpus the local classifier learns from. */
export interface OiapIntentTable {
  vdnId: number;
  intentId: number;
  domainId: number;
  language: string;
  intentCmd: string;
  intentName: string;
  intentDesc: string;
  /** JSON string[]: training utterances. */
  utterances: string;
  /** JSON string[]: configured replies (10.19 `responses`). */
  responses: string;
  /** 1 for the default intents (unknown, sensitive words) that 10.10 does not list. */
  isDefault: number;
}

/** A flow version (10.4) and its program (`definition`, JSON of FlowDefinition). */
export interface OiapFlowTable {
  vdnId: number;
  flowId: string;
  flowCode: string;
  flowName: string;
  flowDesc: string;
  scenarioType: string;
  status: string;
  version: string;
  source: string;
  workMode: number;
  isDefault: string;
  logSwitch: string;
  ruleId: string | null;
  ruleName: string | null;
  definition: string;
  createdAtMs: number;
  statusAtMs: number;
}

/** An access-code binding (10.3, accessInfo). */
export interface OiapNavigationTable {
  vdnId: number;
  accessId: string;
  accessCode: string;
  domainId: number | null;
  dialogType: number;
  flowCode: string;
  flowName: string | null;
  description: string | null;
  source: string;
  chatBotName: string | null;
  usingRecordService: number;
}

export interface OiapFaqGroupTable {
  vdnId: number;
  groupId: number;
  name: string;
  description: string;
  language: string;
  /** 1 activated (`on`). */
  enabled: number;
  updatedAtMs: number;
}

export interface OiapFaqTable {
  vdnId: number;
  faqId: number;
  groupId: number;
  question: string;
  answer: string;
  /** JSON SimStatement[] of type Q. */
  simQuestions: string;
  /** JSON SimStatement[] of type A. */
  simAnswers: string;
  /** JSON string[]. */
  keywords: string;
  updatedAtMs: number;
}

/** One dialog call instance (10.5), written through on every turn so that it survives a restart. */
export interface OiapSessionTable {
  vdnId: number;
  callId: string;
  accessCode: string;
  callSorId: string;
  ctiCallId: string | null;
  flowCode: string;
  flowInstId: string;
  dialogType: number;
  /** active | closed. */
  status: string;
  /** JSON of the dialog state (domain/chatbot DialogState). */
  state: string;
  startedAtMs: number;
  updatedAtMs: number;
  endedAtMs: number | null;
  /** "0" normal end, "1" end by exception/timeout; null while active. */
  releaseReason: string | null;
  /** 1 when the caller hung up or the flow ended in the IVR (no transfer). */
  endedInIvr: number;
  transferred: number;
  interactCount: number;
  interfaceRequests: number;
  interfaceSuccesses: number;
  /** Last `feedback` (1 satisfied, 0 not), null when none was given. */
  feedback: number | null;
}

/** One bot turn (RecordDetails, Table 10-49). */
export interface OiapTurnTable {
  vdnId: number;
  callId: string;
  interNo: number;
  userSaying: string | null;
  intention: string | null;
  systemReply: string;
  /** TTS | voice file | text. */
  replyType: string;
  requestAtMs: number | null;
  replyAtMs: number;
  responseSource: string;
  involveMode: string;
  /** intent | faq | unknown | null (no recognition in this turn). */
  hitKind: string | null;
  /** The intent command or the FAQ id matched. */
  hitName: string | null;
}

/** A transfer of an IVR call to a third-party number (10.18). */
export interface OiapTransferRecordTable {
  vdnId: number;
  id: string;
  callId: string;
  ctiCallId: string | null;
  flowInstId: string;
  callingNumber: string;
  calledNumber: string;
  transfNumber: string;
  startAtMs: number;
  endAtMs: number | null;
  recordFilePath: string | null;
  locationId: string | null;
  opResult: string;
  recordResult: string;
}

/** An offline ASR transcript (10.22): `onebest` texts joined in lattice order. */
export interface OiapAsrTranscriptTable {
  vdnId: number;
  aid: string;
  stateCode: string;
  success: number;
  transcript: string;
  /** JSON of the lattices as received. */
  lattices: string;
  receivedAtMs: number;
}

/** A §10.16 analysis of a failed manual outbound call (Table 10-98); `id` is the 19-digit result id. */
export interface OiapRbtRecognitionTable {
  id: string;
  vdnId: number;
  callId: string;
  fileName: string;
  callerNo: string;
  calleeNo: string;
  agentId: number;
  recordBeginMs: number;
  recordEndMs: number;
  callCenterId: number;
  releaseCause: number;
  beginMs: number;
  endMs: number | null;
  /** Table 10-99 code. */
  result: number | null;
  asrTransResult: string | null;
  confirmedResult: string | null;
  confirmStatus: number;
  remark: string | null;
  locationId: number;
  updateMs: number | null;
}

export interface OiapTables {
  oiapDomain: OiapDomainTable;
  oiapIntent: OiapIntentTable;
  oiapFlow: OiapFlowTable;
  oiapNavigation: OiapNavigationTable;
  oiapFaqGroup: OiapFaqGroupTable;
  oiapFaq: OiapFaqTable;
  oiapSession: OiapSessionTable;
  oiapTurn: OiapTurnTable;
  oiapTransferRecord: OiapTransferRecordTable;
  oiapAsrTranscript: OiapAsrTranscriptTable;
  oiapRbtRecognition: OiapRbtRecognitionTable;
}

declare module './schema.ts' {
  interface Database extends OiapTables {}
}
