/**
 * How a call is classified by the CC-CMS interfaces. The engine types calls with the codes of
 * Table 6-455 (0 inbound, 6 internal, 7 outbound, 51/52 help calls, 53 multi-party), which are
 * also codes of the CMS call types of Table 12-697 (§12.3.8.6): SP_CALL_NORMAL, INTER_CALL,
 * SP_CALL_OUT, ICD_SP_INTERNAL_TWO_HELP/THREE_HELP.
 */

/** Call types of Table 12-697 that are inbound (normal, toll, network, international, IDD). */
const inboundCallTypes: ReadonlySet<number> = new Set([0, 5, 13, 17, 21, 46]);
/** Call types of Table 12-697 that are outbound (agent, IVR, PRI, network, OBS outbound). */
const outboundCallTypes: ReadonlySet<number> = new Set([7, 8, 9, 10, 11, 12, 14, 18, 23, 40, 41, 42, 43, 44, 45, 60, 61, 62, 63, 64]);

/** Inbound or outbound in the sense of `isCallIn` (12.3.1.1.13, 12.3.1.4.3); internal calls are neither. */
export function callDirection(callType: number): 'in' | 'out' | 'internal' {
  if (inboundCallTypes.has(callType)) return 'in';
  if (outboundCallTypes.has(callType)) return 'out';
  return 'internal';
}

/**
 * The call feature of Table 12-699 (`requestType`, `callFeature`; ref L64768–L64783) of a call of
 * engine type `callType`: a customer's call is 0, a call an agent made (internal, outbound,
 * multi-party) is 1 "call from an agent", a help call is 51 "internal help call".
 */
export function callFeature(callType: number): number {
  if (callType === 51 || callType === 52) return 51;
  return callDirection(callType) === 'in' ? 0 : 1;
}
