/**
 * CEC §5.1.13 (ref L3961–4038) asks the platform to delete the data tied to up to 1000 customer
 * numbers. Each store that keeps customer numbers supplies one eraser; the erasure runs them all
 * in one transaction, so either every store forgets the numbers or none does.
 */
export interface PersonalDataEraser {
  /** What it erases, for the erasure report and logs (e.g. "satisfaction results"). */
  readonly name: string;
  /** Erases the numbers from the tenant's records; resolves to the number of records changed. */
  erase(vdnId: number, numbers: readonly string[]): Promise<number>;
}

/** How many records each eraser changed. */
export interface ErasureReport {
  readonly vdnId: number;
  readonly numbers: number;
  readonly erased: ReadonlyArray<{ readonly name: string; readonly records: number }>;
}

export interface PersonalDataErasure {
  erase(vdnId: number, numbers: readonly string[]): Promise<ErasureReport>;
}

/**
 * Runs every eraser, in the order given, over the distinct non-empty numbers. The erasers must be
 * bound to the transaction the caller opened (see personal-data-erasers.ts).
 */
export function createPersonalDataErasure(erasers: readonly PersonalDataEraser[]): PersonalDataErasure {
  return {
    async erase(vdnId, numbers) {
      const distinct = [...new Set(numbers.map((n) => n.trim()).filter((n) => n !== ''))];
      const erased: Array<{ name: string; records: number }> = [];
      for (const eraser of erasers) erased.push({ name: eraser.name, records: distinct.length === 0 ? 0 : await eraser.erase(vdnId, distinct) });
      return { vdnId, numbers: distinct.length, erased };
    },
  };
}
