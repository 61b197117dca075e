import type { isalesCodes } from '../isales-codes.ts';

/** A documented CC-iSales failure, named by its condition (the API maps it to the 7-digit code). */
export interface IsalesRejection {
  readonly rejected: keyof typeof isalesCodes;
  readonly message: string;
}

export function reject(rejected: IsalesRejection['rejected'], message: string): IsalesRejection {
  return { rejected, message };
}

export function isRejection(value: unknown): value is IsalesRejection {
  return typeof value === 'object' && value !== null && 'rejected' in value && 'message' in value;
}
