import type { CallPolicy, CallTurn, DialHistory, DialNumber, NumberHistory } from './dialer-spec.ts';
import { asInt, asList, asRecord } from './lenient.ts';

/**
 * Which number of a record is dialled (Table 7-34/7-35, note 04 §5.7): by sequence, the numbers in
 * list order, each until its retries are spent; by round, the rounds of `turns` in order, a round
 * dialling the record's numbers of category `turnType` (chooseType 0) or its number at position
 * `turnOrder` (chooseType 1). A record is done when it succeeds or no number is left.
 */

export function parseCallPolicy(raw: unknown): CallPolicy {
  const r = asRecord(raw);
  const callType = asInt(r.callType) === 1 ? 1 : 0;
  const chooseTypeRaw = asInt(r.chooseType);
  const chooseType = chooseTypeRaw === 0 || chooseTypeRaw === 1 ? chooseTypeRaw : null;
  const turns: CallTurn[] = asList(r.turns).map((t) => {
    const o = asRecord(t);
    return { turnType: typeof o.turnType === 'string' ? o.turnType : null, turnOrder: asInt(o.turnOrder) ?? null };
  });
  return { callType, chooseType, turns };
}

export function freshNumberHistory(): NumberHistory {
  return { attempts: 0, lastDay: null, attemptsOnLastDay: 0, days: 0, retriesByResult: {}, final: false };
}

const sameType = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The indexes of the numbers a round dials. */
function roundNumbers(policy: CallPolicy, numbers: readonly DialNumber[], round: number): number[] {
  const turn = policy.turns?.[round];
  if (!turn) return [];
  if (policy.chooseType === 1) {
    const i = (turn.turnOrder ?? 0) - 1;
    return i >= 0 && i < numbers.length ? [i] : [];
  }
  return numbers.flatMap((n, i) => (sameType(n.type, turn.turnType) ? [i] : []));
}

const isRound = (policy: CallPolicy): boolean => policy.callType === 1 && (policy.turns?.length ?? 0) > 0;

/**
 * The next number to dial from `from` (inclusive) on, or null when the record has none left.
 * Returns the index and the round it belongs to.
 */
export function pickNumber(policy: CallPolicy, numbers: readonly DialNumber[], history: DialHistory, from: { index: number; round: number }): { index: number; round: number } | null {
  const usable = (i: number) => !(history.numbers[i]?.final ?? false) && numbers[i]!.calledNo !== '';
  if (!isRound(policy)) {
    for (let i = Math.max(0, from.index); i < numbers.length; i++) if (usable(i)) return { index: i, round: 0 };
    return null;
  }
  for (let r = from.round; r < (policy.turns?.length ?? 0); r++) {
    const candidates = roundNumbers(policy, numbers, r).filter((i) => r > from.round || i >= from.index);
    const found = candidates.find(usable);
    if (found !== undefined) return { index: found, round: r };
  }
  return null;
}

/** The history of a record before its first attempt: the first number its call policy dials. */
export function initialHistory(policy: CallPolicy, numbers: readonly DialNumber[]): DialHistory {
  const history: DialHistory = { numberIndex: 0, round: 0, numbers: numbers.map(freshNumberHistory) };
  const first = pickNumber(policy, numbers, history, { index: 0, round: 0 });
  if (first) {
    history.numberIndex = first.index;
    history.round = first.round;
  }
  return history;
}
