import type { RecordEnumEntry } from './release-causes.ts';

/** §13.2.3.2 HTTP statuses of CC-FS (Table 13-126, ref L69027): 200 business, 401 auth, 403 IP locked. */
export const ccfsHttpStatuses = {
  200: 'Business normal',
  401: 'Unauthorized access to the interface',
  403: 'IP address locked: too many incorrect authentication strings in a period',
} as const;

/** The entry of `code` in one of the tables, for views that show a code's meaning. */
export function describeRecordEnum(table: readonly RecordEnumEntry[], code: number | null | undefined): RecordEnumEntry | undefined {
  if (code === null || code === undefined) return undefined;
  return table.find((entry) => entry.code === code);
}
