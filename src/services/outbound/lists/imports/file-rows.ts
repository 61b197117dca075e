import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportFileError } from './file-source.ts';

/** The header and the data rows of an import file, as text cells. */
export interface FileTable {
  headers: string[];
  rows: string[][];
}

/**
 * Reads the first worksheet of an `.xlsx` file (exceljs) or a `.csv` file (csv-parse, UTF-8 with
 * or without BOM). The first row is the header. More than `rowsMax` data rows fail the task
 * (7.3.5/7.4.8: "A maximum of 500,000 records can be imported using a file at a time").
 */
export async function readFileTable(fileName: string, bytes: Buffer, rowsMax: number): Promise<FileTable> {
  const lower = fileName.toLowerCase();
  const table = lower.endsWith('.xlsx') ? await readXlsx(bytes, rowsMax) : lower.endsWith('.csv') ? readCsv(bytes) : unsupported();
  if (table.rows.length > rowsMax) throw new ImportFileError(`The file holds more than ${rowsMax} records.`);
  return table;
}

function unsupported(): never {
  throw new ImportFileError('Only .xlsx and .csv files can be imported.');
}

function readCsv(bytes: Buffer): FileTable {
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new ImportFileError(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  const [headers = [], ...rows] = records;
  return { headers, rows };
}

/**
 * The first worksheet, streamed: a file of 500,000 rows is read row by row instead of as a whole
 * workbook model (shared strings and styles are cached, so texts and dates still resolve).
 */
async function readXlsx(bytes: Buffer, rowsMax: number): Promise<FileTable> {
  const all: string[][] = [];
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let i = 1; i <= row.cellCount; i += 1) cells.push(cellText(row.getCell(i).value));
        all.push(cells);
        // The header plus more rows than allowed: stop reading, the limit fails the task anyway.
        if (all.length > rowsMax + 1) break;
      }
      break;
    }
  } catch (error) {
    throw new ImportFileError(`The Excel file cannot be read: ${(error as Error).message}`);
  }
  const [headers = [], ...rows] = all;
  return { headers, rows: rows.filter((r) => r.some((c) => c.trim() !== '')) };
}

/** A cell as the text a user typed: dates as "yyyy-MM-dd HH:mm:ss" (Excel dates carry no zone). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}
