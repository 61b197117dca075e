import { chatCapacityMax, chatFileBytesMax, mailboxDepthMax } from '../domain/chat/index.ts';
import { chatTokenTtlMs } from '../services/chat/index.ts';

/**
 * Every bound of the server, named with its unit and its source (STYLE rule 15). Relations between
 * bounds are asserted at startup by `assertLimits`.
 */
export const limits = {
  /** Request bodies; the largest documented is a base64 voice file of 8 MB (5.4.4, ref L6536). */
  requestBodyBytesMax: 1024 * 1024,
  voiceUploadBodyBytesMax: 12 * 1024 * 1024,
  /** Decoded voice file size (5.4.4, ref L6536: "The maximum size is 8 MB"). */
  voiceFileBytesMax: 8 * 1024 * 1024,
  /** 5.4.4 (ref L6520): "After 10 requests are sent per second, traffic control is performed." */
  voiceUploadsPerSecond: 10,
  /**
   * The longest audio an upload may hold (decision 0302): more than an 8 MB file in the platform's
   * own format lasts (8000 bytes/s ≈ 17.5 min), and a bound on what one MP3 can ask of the converter.
   */
  voiceDurationMsMax: 20 * 60_000,
  /** HTTP request timeout; must exceed the long-poll wait. */
  httpRequestTimeoutMs: 60_000,
  /** C1 token lifetime: X-Token-Expire, at most 3600 s (4.2, ref L1138); default when absent. */
  c1TokenTtlSecondsMax: 3600,
  c1TokenTtlSecondsDefault: 3600,
  /** Live tokens verified from memory (issue 8); beyond it the oldest are read from the store again. */
  tokenCacheEntriesMax: 10_000,
  /** Tenants whose skill queues querySkills answers from memory (decision 0021). */
  skillCatalogTenantsMax: 1_000,
  /** A tenant with more skill queues is queried in the store instead (bounds the memory per tenant). */
  skillCatalogSkillsPerTenantMax: 2_000,
  /** Prepared SQLite statements kept, by SQL text: more than the repositories' query shapes. */
  sqliteStatementCacheEntriesMax: 1_000,
  /** C3 token lifetime (4.4, ref L2589). */
  c3TokenTtlSeconds: 3600,
  /** C5 configuration GUID idle lifetime (decision 0003: like GUIDTIMEOUT, ref L2637, but longer). */
  c5GuidTtlMs: 30 * 60_000,
  /** C2 signature timestamp window either side of our clock (decision 0002; the reference sets none). */
  c2SignatureSkewMs: 15 * 60_000,
  /** Review callbacks: six attempts in all (5.4.4 Table 5-120, ref L6561). */
  reviewCallbackAttemptsMax: 6,
  callbackRetryDelayMsBase: 5_000,
  callbackRetryDelayMsMax: 5 * 60_000,
  callbackTimeoutMs: 10_000,
  callbackBatchSize: 50,
  /** CC-FS package callbacks (13.2.1.2/6): retries undocumented; six attempts like 5.4.4 (decision 1304). */
  ccfsCallbackAttemptsMax: 6,
  /** CC-FS query window: "cannot exceed three days" (ref L67338, error 0300014). */
  ccfsQueryWindowDaysMax: 3,
  /** Rows per CSV of a package before the next file sequence number (decision 1302). */
  ccfsCsvRowsPerFileMax: 100_000,
  /** Rows read from the store per page while a package is written. */
  ccfsExportPageRows: 1_000,
  /** requestPlayVoice tokens are valid 30 minutes (ref L68161). */
  ccfsPlayTokenTtlMs: 30 * 60_000,
  /** getRecordFileUrlFromObs URLs expire after 8 hours by default (ref L67224). */
  ccfsRecordUrlTtlMs: 8 * 3_600_000,
  /** CC-FS address lock (§13.2.3.2, thresholds unspecified): 5 failed signatures in 10 minutes lock for 10 minutes (decision 1314). */
  ccfsAddressLockout: { failuresMax: 5, windowMs: 10 * 60_000, lockMs: 10 * 60_000, addressesMax: 10_000 },
  /** Voice files and templates are auto-approved after this delay unless reviewed before. */
  reviewAutoApproveDelayMs: 2_000,
  /** 5.1.13: at most 1000 numbers per request (ref L3990). */
  personalDataNumbersMax: 1000,
  /** 5.2.2: at most 10 skills per deleteSkill (ref L4205). */
  deleteSkillIdsMax: 10,
  /** 5.3.3: at most 1000 routes per deleteCalledRoute (ref L5845). */
  deleteRouteIdsMax: 1000,
  /** Paging of 5.2.4, 5.3.1, 5.3.5: limit ≤ 100 (ref L4395, L5644, L6027). */
  pageSizeMax: 100,

  /** Dynamic GUIDs rotate every GUIDINTERVAL and die GUIDTIMEOUT after issue (ref L2636–2637). */
  guidIntervalMs: 60_000,
  guidTimeoutMs: 120_000,
  /** No poll or heartbeat for 2 minutes signs an agent out (ref L6746, L7106). */
  sessionIdleMsMax: 120_000,
  /** An empty event poll is held 100 × 100 ms (ref L13612). */
  longPollWaitMs: 10_000,
  /**
   * Cluster forwarding (decision 1710): a dead owner must fail fast so the client retries through
   * another node, while a forwarded long poll must outlive the poll wait it is held for.
   */
  forwardConnectTimeoutMs: 1_000,
  forwardReplyTimeoutMs: 25_000,
  /**
   * Cluster observation (decision 1732): each node pins its system indicators every second, for
   * three seconds, so a killed node's counters are gone before its leases can move (TTL ≥ 3 s);
   * reading them waits at most the Redis command timeout.
   */
  indicatorPinIntervalMs: 1_000,
  indicatorPinTtlMs: 3_000,
  clusterRedisCommandTimeoutMs: 500,
  /** Events kept per agent queue; a client that stops reading loses the oldest beyond this. */
  agentEventQueueDepthMax: 1_000,
  /** After sign-out, the last events (ShutdownService) wait this long for a final poll. */
  signOutEventGraceMs: 15_000,
  /** Push mode (6.1.4.2): events per POST, retries with backoff. */
  pushBatchEventsMax: 50,
  pushRetryDelayMsBase: 1_000,
  pushRetryDelayMsMax: 30_000,
  pushTimeoutMs: 10_000,
  /** A manually answered call rings this long before it goes back to its queue (decision 0005). */
  ringTimeoutMs: 15_000,
  /** Signed-in agents per tenant (999-003 beyond it). */
  signedInAgentsMax: 10_000,
  /** Call-associated data (Table 6-109): at most 16 KB. */
  callDataBytesMax: 16 * 1024,
  /** Flow control of the query interfaces (ref L12091): 5 per 2 s per agent, 15,000 per 2 s overall. */
  queryWindowMs: 2_000,
  queriesPerAgentMax: 5,
  queriesOverallMax: 15_000,
  /** Web chat (chapter 11; decisions 1101–1105): messages a customer's mailbox keeps unpolled. */
  chatMailboxDepthMax: mailboxDepthMax,
  /** Decoded bytes of one chat file (11.6; decision 1105). */
  chatFileBytesMax,
  /** Concurrent chats per agent (6.1.5.2: 1–60). */
  chatCapacityMax,
  /** The ccmessaging-token lifetime (11.1, ref L39007: one hour). */
  chatTokenTtlMs,
} as const;

/** Fails fast when two bounds contradict each other. */
export function assertLimits(): void {
  const assert = (condition: boolean, message: string) => {
    if (!condition) throw new Error(`limits: ${message}`);
  };
  assert(limits.voiceUploadBodyBytesMax > (limits.voiceFileBytesMax * 4) / 3, 'the upload body must fit a base64 voice file');
  assert(limits.c1TokenTtlSecondsDefault <= limits.c1TokenTtlSecondsMax, 'default token TTL within the maximum');
  assert(limits.callbackRetryDelayMsBase <= limits.callbackRetryDelayMsMax, 'retry base within the retry maximum');
  assert(limits.ccfsExportPageRows <= limits.ccfsCsvRowsPerFileMax, 'an export page fits in one CSV file');
  assert(limits.callbackTimeoutMs < limits.httpRequestTimeoutMs, 'a callback must time out before a request does');
  assert(limits.guidIntervalMs < limits.guidTimeoutMs, 'GUIDINTERVAL must be below GUIDTIMEOUT (ref L2639)');
  assert(limits.longPollWaitMs < limits.httpRequestTimeoutMs, 'a long poll must answer before the request times out');
  assert(limits.longPollWaitMs < limits.forwardReplyTimeoutMs, 'a forwarded long poll must answer before the forwarding times out');
  assert(limits.forwardReplyTimeoutMs < limits.httpRequestTimeoutMs, 'a forwarded request must time out before the client request does');
  assert(limits.longPollWaitMs < limits.sessionIdleMsMax, 'a waiting poll must not let its session expire');
  assert(limits.pushRetryDelayMsMax < limits.sessionIdleMsMax, 'push retries must fit in a session lifetime');
}
