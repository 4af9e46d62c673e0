import crypto from 'node:crypto';
import { parseString } from '@fast-csv/parse';
import type { CertificateFields, ImportPreview, ImportRow } from '../../shared/certificates/schema';
import { csvColumnOf, parseCsvRow, type CsvColumn } from '../../shared/certificates/validate';
import { translate } from '../../shared/i18n/messages';
import { AppError } from '../../shared/ipc/errors';
import type { Language } from '../../shared/settings/schema';
import type { DbClient } from '../db/client';
import { refuse, type CertificateService } from './service';

const PREVIEW_TTL_MS = 15 * 60_000;
const MAX_ROWS = 5000;

interface Pending {
  rows: { id: string; fields: CertificateFields; account: string | null }[];
  expires: number;
}

/** The spreadsheet's cells as text rows (RFC 4180 quoting, any line ending, a UTF-8 BOM dropped). */
export function readCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text.replace(/^\uFEFF/, ''), {
      headers: false,
      ignoreEmpty: true,
      maxRows: MAX_ROWS + 1,
    })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/** Our CSV export writes a formula-like cell as `'=…` (CSV injection); the import takes it back. */
const unguard = (v: string) => (/^'[=+@\-\t\r]/.test(v) ? v.slice(1) : v);

/**
 * CSV import of a certificate list in two steps, like the backups' import: the preview
 * parses and checks every row and writes nothing; the rep sees each bad row with its
 * reasons; only `confirm` with the preview's one-use token writes the good rows, in one
 * durable transaction. Files are not in a CSV: they are added to each certificate after.
 */
export class CertificateCsvImport {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly db: DbClient,
    private readonly certificates: CertificateService,
    private readonly language: () => Language,
  ) {}

  async preview(csv: string): Promise<ImportPreview> {
    let table: string[][];
    try {
      table = await readCsv(csv);
    } catch (err) {
      throw new AppError('INVALID_INPUT', 'certificates.error.csvUnreadable', {
        reason: String((err as Error).message).slice(0, 120),
      });
    }
    if (table.length < 2) throw new AppError('INVALID_INPUT', 'certificates.error.csvEmpty');
    if (table.length > MAX_ROWS + 1)
      throw new AppError('INVALID_INPUT', 'certificates.error.csvTooMany', { max: MAX_ROWS });
    const columns = table[0]!.map(csvColumnOf);
    for (const need of ['scope', 'kind', 'name', 'number'] as const)
      if (!columns.includes(need))
        throw new AppError('INVALID_INPUT', 'certificates.error.csvHeader', { column: need });
    const lang = this.language();
    const known = new Set(await this.db.run('certificates.numbers'));
    // An account holds a certificate number once: bound here already, or twice in the file.
    const bound = new Set(await this.db.run('certificates.boundPairs'));
    const seen = new Set<string>();
    const rows: ImportRow[] = [];
    const good: Pending['rows'] = [];
    table.slice(1).forEach((cells, i) => {
      const record: Partial<Record<CsvColumn, string>> = {};
      columns.forEach((c, j) => {
        if (c) record[c] = unguard(cells[j] ?? '');
      });
      const line = i + 2;
      const parsed = parseCsvRow(record);
      const errors = parsed.problems.map((p) => ({ column: p.column, message: translate(lang, p.key) }));
      if ('fields' in parsed) {
        const key = `${parsed.fields.scope}:${parsed.fields.number}:${parsed.fields.issueDate ?? ''}`;
        if (known.has(key)) errors.push({ column: 'number', message: translate(lang, 'certificates.error.csvExists') });
        else if (seen.has(key))
          errors.push({ column: 'number', message: translate(lang, 'certificates.error.csvDuplicate') });
        seen.add(key);
        const { account } = parsed;
        if (account !== null) {
          const pair = `${account}\n${parsed.fields.number}`;
          if (bound.has(pair))
            errors.push({
              column: 'account',
              message: translate(lang, 'certificates.error.accountHoldsNumber', {
                account,
                number: parsed.fields.number,
              }),
            });
          bound.add(pair);
        }
        if (errors.length === 0) good.push({ id: crypto.randomUUID(), fields: parsed.fields, account: parsed.account });
        rows.push({ line, fields: parsed.fields, account: parsed.account, errors });
      } else rows.push({ line, fields: null, account: null, errors });
    });
    const token = crypto.randomBytes(16).toString('hex');
    this.expire();
    this.pending.set(token, { rows: good, expires: Date.now() + PREVIEW_TTL_MS });
    return { token, rows, good: good.length, bad: rows.length - good.length };
  }

  /** Writes exactly the previewed good rows (once per token). */
  async confirm(token: string): Promise<{ added: number }> {
    this.expire();
    const p = this.pending.get(token);
    this.pending.delete(token);
    if (!p) throw new AppError('CONFLICT', 'certificates.error.importToken');
    if (p.rows.length === 0) return { added: 0 };
    const out = await this.db.run('certificates.importRows', { ...this.certificates.stamp(), rows: p.rows });
    if ('refused' in out) refuse(out);
    void this.certificates.checkReminders().catch(() => {});
    return out;
  }

  private expire() {
    const now = Date.now();
    for (const [t, p] of this.pending) if (p.expires < now) this.pending.delete(t);
  }
}
