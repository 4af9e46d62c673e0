import fs from 'node:fs';
import ExcelJS from 'exceljs';

/** A streaming table writer: rows go to disk as they come, never all in memory. */
export interface TableWriter {
  row(values: (string | number | null)[]): Promise<void>;
  close(): Promise<void>;
}

/** Cells a spreadsheet would run as a formula are written as text (CSV injection). */
function safeText(v: string): string {
  return /^[=+@\t\r]/.test(v) || (/^-/.test(v) && !/^-\d/.test(v)) ? `'${v}` : v;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : safeText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 CSV with a BOM so Excel opens Chinese text correctly; backpressure respected. */
export function csvWriter(file: string, header: string[]): TableWriter {
  const out = fs.createWriteStream(file);
  const write = (line: string) =>
    new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      if (out.write(line)) {
        out.off('error', reject);
        resolve();
      } else out.once('drain', () => (out.off('error', reject), resolve()));
    });
  let started = write('\ufeff' + header.map(csvCell).join(',') + '\r\n');
  return {
    async row(values) {
      await started;
      started = write(values.map(csvCell).join(',') + '\r\n');
      await started;
    },
    async close() {
      await started;
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    },
  };
}

/** XLSX through exceljs's streaming writer: each row is committed to disk as it is added. */
export function xlsxWriter(file: string, sheetName: string, header: string[], widths: number[]): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    async row(values) {
      sheet.addRow(values.map((v) => (typeof v === 'string' ? safeText(v) : v))).commit();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
