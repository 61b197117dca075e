// Goal: import files are read as the templates lay them out: .xlsx (first sheet, dates, rich text,
// formulas) and .csv (BOM, quotes, ragged rows), the 500,000-row limit, and other types refused.
// Method: files built in memory with exceljs and plain text.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFileTable } from './file-rows.ts';
import { ImportFileError } from './file-source.ts';

describe('readFileTable', () => {
  it('reads the first worksheet of an .xlsx file as text cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Numbers');
    sheet.addRow(['Blacklisted Number (Mandatory)', 'Expiration Time (Optional)', 'Maximum Number of Calls']);
    sheet.addRow([65676950, new Date(Date.UTC(2026, 4, 27, 23, 6, 25)), 1]);
    sheet.addRow([{ richText: [{ text: '8888' }, { text: '8888' }] }, '-', { formula: '1+1', result: 2 }]);
    sheet.addRow([]);
    workbook.addWorksheet('Ignored').addRow(['x']);
    const table = await readFileTable('demo.XLSX', Buffer.from(await workbook.xlsx.writeBuffer()), 10);
    expect(table).toEqual({
      headers: ['Blacklisted Number (Mandatory)', 'Expiration Time (Optional)', 'Maximum Number of Calls'],
      rows: [
        ['65676950', '2026-05-27 23:06:25', '1'],
        ['88888888', '-', '2'],
      ],
    });
  });

  it('reads a .csv file with a BOM, quoted cells and ragged rows', async () => {
    const csv = '\uFEFFsessionId,called,caller\r\ns1,"[{""calledNo"":""1""}]"\r\ns2,"a,b",960003,extra\r\n\r\n';
    expect(await readFileTable('calls.csv', Buffer.from(csv), 10)).toEqual({
      headers: ['sessionId', 'called', 'caller'],
      rows: [
        ['s1', '[{"calledNo":"1"}]'],
        ['s2', 'a,b', '960003', 'extra'],
      ],
    });
  });

  it('refuses more rows than the limit, other file types and unreadable files', async () => {
    await expect(readFileTable('a.csv', Buffer.from('h\n1\n2\n3\n'), 2)).rejects.toThrow(new ImportFileError('The file holds more than 2 records.'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Numbers');
    for (let i = 0; i < 5; i += 1) sheet.addRow([String(i)]);
    await expect(readFileTable('a.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 3)).rejects.toThrow('The file holds more than 3 records.');
    await expect(readFileTable('a.xls', Buffer.from(''), 2)).rejects.toThrow('Only .xlsx and .csv files can be imported.');
    await expect(readFileTable('a.csv', Buffer.from('a,"b\n'), 2)).rejects.toThrow(/^The CSV file cannot be read/);
  });
});
