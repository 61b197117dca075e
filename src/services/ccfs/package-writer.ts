import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { RecordingStore, StoredFile } from '../../media/recordings/index.ts';
import type { PageCursor } from '../../store/index.ts';
import { csvLine, type CsvValue } from './export-columns.ts';

/** One kind of CSV in a package: `call`, `record` or `agentOprInfo`, read page by page. */
export interface PackagePart<Row> {
  kind: 'call' | 'record' | 'agentOprInfo';
  page: (after: PageCursor | undefined, limit: number) => Promise<Row[]>;
  cursorOf: (row: Row) => PageCursor;
  columns: (row: Row) => CsvValue[];
}

export interface PackageOptions {
  store: RecordingStore;
  key: string;
  /** The instant in the CSV names and the ZIP entries' dates. */
  atMs: number;
  /** The "3-digit random number" of the CSV names (ref L68865). */
  nameDigits: string;
  rowsPerFileMax: number;
  pageRows: number;
}

/**
 * Writes a CC-FS package: a ZIP whose CSV files (`yyyyMMddHHmmssSSS{3 digits}_{kind}_{seq}.csv`,
 * ref L68865, L68891, L68932) are generated from database pages as the ZIP is written to the store,
 * so memory stays bounded by one page whatever the day's volume (issue 10 Performance). A kind
 * with more than `rowsPerFileMax` rows continues in the next file sequence number.
 */
export async function writePackage(options: PackageOptions, parts: readonly PackagePart<any>[]): Promise<StoredFile & { rows: Record<string, number> }> {
  const zip = new ZipFile();
  const written = options.store.write(options.key, zip.outputStream as unknown as AsyncIterable<Uint8Array>);
  const rows: Record<string, number> = {};
  const stamp = csvStamp(options.atMs) + options.nameDigits;
  const mtime = new Date(options.atMs);
  try {
    for (const part of parts) {
      rows[part.kind] = 0;
      let cursor: PageCursor | undefined;
      for (let seq = 1, more = true; more; seq++) {
        const file = csvFile(part, cursor, options);
        zip.addReadStream(Readable.from(file.lines()), `${stamp}_${part.kind}_${seq}.csv`, { mtime, compress: true });
        const outcome = await file.done;
        rows[part.kind]! += outcome.rows;
        cursor = outcome.cursor;
        more = outcome.more;
      }
    }
  } catch (error) {
    (zip.outputStream as unknown as Readable).destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  zip.end();
  return { ...(await written), rows };
}

/** Up to `rowsPerFileMax` rows of one part, as CSV text chunks; `done` says where it stopped. */
function csvFile<Row>(part: PackagePart<Row>, from: PageCursor | undefined, options: PackageOptions) {
  let settle!: (v: { rows: number; cursor: PageCursor | undefined; more: boolean }) => void;
  let fail!: (e: unknown) => void;
  const done = new Promise<{ rows: number; cursor: PageCursor | undefined; more: boolean }>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  async function* lines(): AsyncGenerator<Buffer> {
    let cursor = from;
    let count = 0;
    try {
      while (count < options.rowsPerFileMax) {
        const limit = Math.min(options.pageRows, options.rowsPerFileMax - count);
        const page = await part.page(cursor, limit);
        if (page.length === 0) break;
        yield Buffer.from(page.map((row) => csvLine(part.columns(row))).join(''), 'utf8');
        count += page.length;
        cursor = part.cursorOf(page[page.length - 1]!);
        if (page.length < limit) {
          settle({ rows: count, cursor, more: false });
          return;
        }
      }
      // A full file: there is more only if the next page is not empty.
      const more = count >= options.rowsPerFileMax && (await part.page(cursor, 1)).length > 0;
      settle({ rows: count, cursor, more });
    } catch (error) {
      fail(error);
      throw error;
    }
  }
  return { lines, done };
}

/** yyyyMMddHHmmssSSS (UTC, decision 1302). */
function csvStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T.Z]/g, '');
}
