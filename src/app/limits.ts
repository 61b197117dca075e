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
  /** HTTP request timeout; must exceed the long-poll wait. */
  httpRequestTimeoutMs: 60_000,
  /** C1 token lifetime: X-Token-Expire, at most 3600 s (4.2, ref L1138); default when absent. */
  c1TokenTtlSecondsMax: 3600,
  c1TokenTtlSecondsDefault: 3600,
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
} as const;

/** Fails fast when two bounds contradict each other. */
export function assertLimits(): void {
  const assert = (condition: boolean, message: string) => {
    if (!condition) throw new Error(`limits: ${message}`);
  };
  assert(limits.voiceUploadBodyBytesMax > (limits.voiceFileBytesMax * 4) / 3, 'the upload body must fit a base64 voice file');
  assert(limits.c1TokenTtlSecondsDefault <= limits.c1TokenTtlSecondsMax, 'default token TTL within the maximum');
  assert(limits.callbackRetryDelayMsBase <= limits.callbackRetryDelayMsMax, 'retry base within the retry maximum');
  assert(limits.callbackTimeoutMs < limits.httpRequestTimeoutMs, 'a callback must time out before a request does');
}
