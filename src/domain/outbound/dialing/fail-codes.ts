import type { ResultType } from './dialer-spec.ts';

/**
 * Table 7-295 failure codes the dialer writes (ref L28175–28208), five digits, and the result
 * types of Table 7-32 they count as for the retry policies (note 04 §5.8; the reference only says
 * "the retry policy is also determined based on the specific failure code", ref L22374: decision 0754).
 */
export const failCodes = {
  success: '00000',
  calledHangsUp: '00531',
  busy: '00537',
  emptyNumber: '00538',
  poweredOff: '00548',
  outOfService: '00549',
  hangsUpBeforeAnswer: '00601',
  noAnswer: '00603',
  rejected: '00604',
  /** Queued (answered, waiting for an agent), then the called party hung up. */
  queuedThenHungUp: '00701',
  /** Answered and no agent took the call in time: the dialer abandoned it (predictive). */
  queueTimeout: '00702',
  ringTimeout: '01040',
  agentOccupationFailed: '01046',
  noCampaignTask: '34601',
  numberEmpty: '34605',
  concurrencyLimit: '34606',
  writtenBackOnExit: '34607',
} as const;

const byResult: Array<[ResultType, readonly string[]]> = [
  [1, ['00537', '01164', '00145', '20307']],
  [2, ['00603', '01040', '00146', '00147', '01168', '00601']],
  [3, ['00604', '00149', '01169']],
  [4, ['00538', '00129', '01163', '20306', '34605', '35027']],
  [5, ['00548', '01165']],
  [6, ['00549', '01166', '00012']],
  [7, ['00185', '00186', '00261', '00262', '00162', '00263']],
  [8, ['01043', '01049', '34608', '00606', '01155', '01171', '00715']],
  [9, ['34606', '00602', '00605', '01048', '01046', '00702', '00701', '34611', '00259', '01167', '34607']],
];

const resultOf = new Map<string, ResultType>(byResult.flatMap(([r, codes]) => codes.map((c) => [c, r] as [string, ResultType])));

/** Pads a cause to the reference's five digits ("603" → "00603"). */
export function failCodeOf(cause: number | string): string {
  return String(cause).padStart(5, '0');
}

/** The result type (Table 7-32) of a failure code; 0 "others" for anything unlisted and for success. */
export function resultTypeOf(failCode: string): ResultType {
  return resultOf.get(failCodeOf(failCode)) ?? 0;
}

/**
 * A network failure of a dialled number as a failCode: the network's release cause (13.2.3.3,
 * the same numbers as Table 7-295's "released by subscriber" rows: 537 busy, 603 no answer…).
 */
export function failCodeOfNetwork(releaseCause: number): string {
  return failCodeOf(releaseCause);
}
