import { FieldRuleError } from '../../../../domain/outbound/lists/isales-fields.ts';

/** The rows of a file, numbered as a spreadsheet shows them (the header is row 1). */
export interface NumberedRow {
  readonly row: number;
  readonly values: Record<string, string>;
}

/** Row errors kept per task (the counters count every row). */
const rowErrorsKept = 1_000;
/** Row errors quoted in errMsg, which 7.3.6 returns. */
const rowErrorsQuoted = 10;

/**
 * What an import has done so far: Table 7-213's counters plus the reason of each failed row, so
 * that bad rows are reported while the good ones are kept.
 */
export class ImportReport {
  succNum = 0;
  repeatNum = 0;
  failNum = 0;
  readonly rowErrors: Array<{ row: number; reason: string }> = [];

  succeeded(count = 1): void {
    this.succNum += count;
  }

  repeated(): void {
    this.repeatNum += 1;
  }

  failed(row: number, reason: string): void {
    this.failNum += 1;
    if (this.rowErrors.length < rowErrorsKept) this.rowErrors.push({ row, reason });
  }

  /** Runs a row's checks; a broken field rule fails the row with its message. */
  check<T>(row: number, work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (error instanceof FieldRuleError) {
        this.failed(row, error.message);
        return undefined;
      }
      throw error;
    }
  }

  /** errMsg of a finished import: empty when every row went in, else the first failed rows. */
  summary(): string {
    if (this.failNum === 0) return '';
    const quoted = this.sortedErrors().slice(0, rowErrorsQuoted).map((e) => `row ${e.row}: ${e.reason}`);
    return `${this.failNum} rows failed: ${quoted.join('; ')}${this.failNum > quoted.length ? '; ...' : ''}`;
  }

  counters() {
    return { succNum: this.succNum, repeatNum: this.repeatNum, failNum: this.failNum, errMsg: this.summary(), rowErrors: JSON.stringify(this.sortedErrors()) };
  }

  /** In file order: a chunk reports field errors first and the campaign's refusals after them. */
  private sortedErrors(): Array<{ row: number; reason: string }> {
    return [...this.rowErrors].sort((a, b) => a.row - b.row);
  }
}
