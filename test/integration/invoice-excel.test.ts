import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/core/logger';
import { IMPORT_COLUMNS } from '../../electron/invoices/excel/columns';
import { InvoiceExcelService, localRange } from '../../electron/invoices/excel/service';
import { localDateTime } from '../../electron/invoices/pdf/template';
import { settle } from '../../shared/money/settle';
import { fromUnits } from '../../shared/money/units';
import { TEST_BUYER, issueInvoice, syncedInvoiceDb, type InvoiceDb } from '../support/invoice-fixture';

/**
 * The Excel file of issued invoices for batch import: every row read back with exceljs and
 * compared with the invoice lines in the database — issued invoices of the range only (not
 * drafts, not voided ones, not other dates), one row per line, exact amounts as text.
 */
let fixture: InvoiceDb;
const june = (day: number, hour = 4) => new Date(Date.UTC(2025, 5, day, hour)).toISOString();

function service(choose?: string | null) {
  return new InvoiceExcelService({
    db: fixture.db,
    logger: silentLogger,
    dataDir: fixture.dir,
    language: () => 'zh-CN',
    exports: { offerDownload: () => `/download/${'0'.repeat(32)}` },
    ...(choose === undefined ? {} : { chooseSavePath: async () => choose }),
  });
}

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

function expectedRows(where: string, params: unknown[]): string[][] {
  const raw = new Database(fixture.file, { readonly: true });
  raw.defaultSafeIntegers(true);
  try {
    const rows = raw
      .prepare(
        `SELECT i.*, l.line_no, l.item_id, l.kind, l.item_time, l.amount, l.description
         FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
         WHERE ${where} ORDER BY i.issued_at, i.id, l.line_no`,
      )
      .all(...params) as Record<string, string | bigint | null>[];
    return rows.map((r) => [
      r.number as string,
      localDateTime(r.issued_at as string).slice(0, 10),
      r.type === 'special' ? '增值税专用发票' : '增值税普通发票',
      r.buyer_name as string,
      r.buyer_credit_code as string,
      r.buyer_address as string,
      r.buyer_phone as string,
      r.buyer_bank as string,
      r.buyer_account as string,
      String(r.line_no),
      (r.description as string) || (r.item_id as string),
      settle(fromUnits(r.amount as bigint)),
      '是',
      r.note as string,
      settle(fromUnits(r.total_amount as bigint)),
      ({ bill: '账单', refund: '退款', adjustment: '调账' } as Record<string, string>)[r.kind as string]!,
      localDateTime(r.item_time as string | null),
      r.item_id as string,
      r.customer_id as string,
      (r.customer_name as string | null) ?? '',
      r.id as string,
    ]);
  } finally {
    raw.close();
  }
}

function customersWithItems(n: number): string[] {
  const raw = new Database(fixture.file, { readonly: true });
  try {
    return raw
      .prepare(
        `SELECT customer_id FROM fee_records WHERE cash_amount >= 1000000
         GROUP BY customer_id HAVING count(*) >= 4 ORDER BY count(*) DESC, customer_id LIMIT ?`,
      )
      .pluck()
      .all(n) as string[];
  } finally {
    raw.close();
  }
}

beforeAll(async () => {
  fixture = await syncedInvoiceDb(37);
  const [a, b, c] = customersWithItems(3);
  if (!c) throw new Error('the sandbox has too few customers with fee records');
  await issueInvoice(fixture.db, a!, { maxLines: 3, now: june(2) });
  await issueInvoice(fixture.db, b!, {
    maxLines: 2,
    now: june(15),
    type: 'ordinary',
    buyer: { ...TEST_BUYER, name: '=HYPERLINK("x")' },
  });
  await issueInvoice(fixture.db, c!, { maxLines: 2, now: june(30, 10) });
  // Outside the range, a draft and a voided invoice: none of them belongs in the file.
  await issueInvoice(fixture.db, a!, { maxLines: 1, now: new Date(Date.UTC(2025, 2, 10)).toISOString() });
  await issueInvoice(fixture.db, b!, { maxLines: 1, now: june(20), issue: false });
  const voided = await issueInvoice(fixture.db, c!, { maxLines: 1, now: june(21) });
  const v = await fixture.db.run('invoices.void', { id: voided, reason: '开错', now: june(22), actor: 'test' });
  if ('refused' in v) throw new Error('void refused');
}, 180_000);

afterAll(async () => fixture?.close());

describe('Excel of issued invoices', () => {
  it('one row per line of the issued invoices in the range, equal to the database', async () => {
    const r = await service().export({
      issuedFrom: '2025-06-01',
      issuedTo: '2025-06-30',
      type: null,
      customerId: null,
    });
    expect(r.state).toBe('done');
    expect(r.downloadUrl).toMatch(/^\/download\//);
    const { from, to } = localRange('2025-06-01', '2025-06-30');
    const expected = expectedRows(`i.status = 'issued' AND i.issued_at >= ? AND i.issued_at < ?`, [from, to]);
    expect(expected.length).toBe(r.rows);
    expect(r.invoices).toBe(new Set(expected.map((e) => e[0])).size);

    const sheet = await readSheet(path.join(fixture.dir, 'exports', r.fileName));
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cells: string[] = [];
      for (let c = 1; c <= IMPORT_COLUMNS.length; c++) {
        const cell = row.getCell(c);
        // Everything is text: amounts too, never a floating-point number.
        if (cell.value !== null && cell.value !== '')
          expect(cell.type, `row ${n} col ${c}`).toBe(ExcelJS.ValueType.String);
        cells.push(cell.value === null ? '' : String(cell.value));
      }
      rows.push(cells);
    });
    // A cell that a spreadsheet would run as a formula is written as text.
    expect(expected.some((e) => e[3] === '=HYPERLINK("x")')).toBe(true);
    for (const e of expected) if (e[3] === '=HYPERLINK("x")') e[3] = `'=HYPERLINK("x")`;
    expect(rows).toEqual(expected);
    expect(rows.some((row) => row[2] === '增值税普通发票')).toBe(true);
  });

  it('filters by type and customer; an empty range gives a header-only file', async () => {
    const ordinary = await service().export({
      issuedFrom: '2025-06-01',
      issuedTo: '2025-06-30',
      type: 'ordinary',
      customerId: null,
    });
    expect(ordinary.invoices).toBe(1);
    const sheet = await readSheet(path.join(fixture.dir, 'exports', ordinary.fileName));
    expect(sheet.actualRowCount).toBe(1 + ordinary.rows);
    const none = await service().export({
      issuedFrom: '2024-01-01',
      issuedTo: '2024-01-31',
      type: null,
      customerId: null,
    });
    expect(none).toMatchObject({ state: 'done', invoices: 0, rows: 0 });
    expect((await readSheet(path.join(fixture.dir, 'exports', none.fileName))).actualRowCount).toBe(1);
  });

  it('the range is inclusive of both days, in local time', async () => {
    const one = await service().export({
      issuedFrom: '2025-06-30',
      issuedTo: '2025-06-30',
      type: null,
      customerId: null,
    });
    const { from, to } = localRange('2025-06-30', '2025-06-30');
    expect(one.rows).toBe(
      expectedRows(`i.status = 'issued' AND i.issued_at >= ? AND i.issued_at < ?`, [from, to]).length,
    );
  });

  it('Electron: saved where the user chose; a cancelled dialog writes nothing', async () => {
    const target = path.join(fixture.dir, 'chosen.xlsx');
    const done = await service(target).export({
      issuedFrom: '2025-06-01',
      issuedTo: '2025-06-30',
      type: null,
      customerId: null,
    });
    expect(done).toMatchObject({ state: 'done', path: target, downloadUrl: null });
    expect(fs.statSync(target).size).toBe(done.bytes);
    const cancelled = await service(null).export({
      issuedFrom: '2025-06-01',
      issuedTo: '2025-06-30',
      type: null,
      customerId: null,
    });
    expect(cancelled).toMatchObject({ state: 'cancelled', invoices: 0, rows: 0 });
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(
      service().export({ issuedFrom: '2025-07-01', issuedTo: '2025-06-01', type: null, customerId: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', messageKey: 'invoiceOutputs.excel.range' });
  });
});
