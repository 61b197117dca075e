/**
 * The measured answer rate of a campaign, without the bias of the order outcomes arrive in: busy
 * and invalid numbers fail within a second, answers take seconds and unanswered calls ring until
 * maxAlertingTime, so "answered / finished so far" starts far too low and makes a pacer over-dial.
 * Only attempts started at least `maturityMs` ago count (their outcome is known for sure), and of
 * those only the last `window` (decision 0751).
 */
export class AnswerRateMeter {
  /** Start instants of attempts, in order, and of the answered ones (sorted on insert). */
  private readonly starts: number[] = [];
  private readonly answeredStarts: number[] = [];

  constructor(
    private readonly maturityMs: number,
    private readonly window = 2_000,
  ) {}

  started(atMs: number): void {
    this.starts.push(atMs);
  }

  answered(startMs: number): void {
    const a = this.answeredStarts;
    let i = a.length;
    while (i > 0 && a[i - 1]! > startMs) i--;
    a.splice(i, 0, startMs);
  }

  /** Matured attempts and the answered ones among them (the last `window` matured attempts). */
  matured(nowMs: number): { attempts: number; answered: number } {
    const cutoff = nowMs - this.maturityMs;
    const excess = countUpTo(this.starts, cutoff) - this.window;
    if (excess > 0) {
      // The oldest attempts leave with their answers (ties on the instant leave together).
      const oldest = this.starts[excess - 1]!;
      const gone = countUpTo(this.starts, oldest);
      this.starts.splice(0, gone);
      this.answeredStarts.splice(0, countUpTo(this.answeredStarts, oldest));
    }
    return { attempts: countUpTo(this.starts, cutoff), answered: countUpTo(this.answeredStarts, cutoff) };
  }
}

/** How many sorted values are ≤ x. */
function countUpTo(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
