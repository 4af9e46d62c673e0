import type { MessageKey } from '../i18n/messages';
import { CertificateFields, COMPANY_KINDS, PERSONAL_LEVELS, AccountName } from './schema';

/** A refusal with the field it concerns and a message key (rendered in the user's language). */
export interface FieldProblem {
  column: string;
  key: MessageKey;
}

/**
 * The rules of one certificate beyond its field types, shared by the form (instant
 * feedback), the core (authoritative, before anything is written) and the CSV import.
 */
export function checkFields(f: CertificateFields, account: string | null): FieldProblem[] {
  const out: FieldProblem[] = [];
  const kinds: readonly string[] = f.scope === 'company' ? COMPANY_KINDS : PERSONAL_LEVELS;
  if (!kinds.includes(f.kind)) out.push({ column: 'kind', key: 'certificates.error.kindScope' });
  if (f.scope === 'personal' && f.track === '') out.push({ column: 'track', key: 'certificates.error.trackRequired' });
  if (f.issueDate && f.expiryDate && f.expiryDate < f.issueDate)
    out.push({ column: 'expiry_date', key: 'certificates.error.expiryBeforeIssue' });
  if (f.status === 'passed' && f.issueDate === null)
    out.push({ column: 'issue_date', key: 'certificates.error.issueRequired' });
  if (f.scope === 'company' && account !== null)
    out.push({ column: 'account', key: 'certificates.error.companyAccount' });
  return out;
}

/** The CSV columns, in export order; the import also takes the Chinese headings. */
export const CSV_COLUMNS = [
  'scope',
  'kind',
  'name',
  'track',
  'number',
  'status',
  'issue_date',
  'expiry_date',
  'account',
  'note',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_HEADINGS_ZH: Record<CsvColumn, string> = {
  scope: '类别',
  kind: '证书类型',
  name: '名称或持有人',
  track: '方向',
  number: '证书编号',
  status: '状态',
  issue_date: '颁发日期',
  expiry_date: '到期日期',
  account: '绑定账号',
  note: '备注',
};

const SCOPE_WORDS: Record<string, string> = {
  company: 'company',
  personal: 'personal',
  公司: 'company',
  个人: 'personal',
};
const STATUS_WORDS: Record<string, string> = {
  applying: 'applying',
  passed: 'passed',
  expired: 'expired',
  revoked: 'revoked',
  申请中: 'applying',
  认证通过: 'passed',
  已通过: 'passed',
  已过期: 'expired',
  已吊销: 'revoked',
};
const KIND_WORDS: Record<string, string> = {
  云软件方案: 'cloudSoftware',
  先进云软件方案: 'advancedCloudSoftware',
  伙伴资质: 'partnerQualification',
  其他: 'other',
};

/** `2025-06-01`, `2025/6/1` or `2025.06.01` → `2025-06-01`; null when it is not a real day. */
export function parseCsvDate(s: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Maps a heading (English column name or its Chinese heading) to the column. */
export function csvColumnOf(heading: string): CsvColumn | null {
  const h = heading.trim().replace(/^\uFEFF/, '');
  const lower = h.toLowerCase();
  const byName = CSV_COLUMNS.find((c) => c === lower);
  if (byName) return byName;
  const byZh = (Object.keys(CSV_HEADINGS_ZH) as CsvColumn[]).find((c) => CSV_HEADINGS_ZH[c] === h);
  return byZh ?? null;
}

/**
 * One CSV row to a certificate, or every reason it cannot be one. Nothing is written here:
 * the core shows the result as a preview and writes only the good rows, on confirmation.
 */
export function parseCsvRow(
  row: Partial<Record<CsvColumn, string>>,
): { fields: CertificateFields; account: string | null; problems: [] } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const get = (c: CsvColumn) => (row[c] ?? '').trim();
  const scope = SCOPE_WORDS[get('scope').toLowerCase()] ?? SCOPE_WORDS[get('scope')];
  if (!scope) problems.push({ column: 'scope', key: 'certificates.error.csvScope' });
  const kindText = get('kind');
  const kind = KIND_WORDS[kindText] ?? kindText;
  const statusText = get('status') || 'passed';
  const status = STATUS_WORDS[statusText.toLowerCase()] ?? STATUS_WORDS[statusText];
  if (!status) problems.push({ column: 'status', key: 'certificates.error.csvStatus' });
  const dates: Record<'issue_date' | 'expiry_date', string | null> = { issue_date: null, expiry_date: null };
  for (const c of ['issue_date', 'expiry_date'] as const) {
    if (get(c) === '') continue;
    dates[c] = parseCsvDate(get(c));
    if (dates[c] === null) problems.push({ column: c, key: 'certificates.error.csvDate' });
  }
  const accountText = get('account');
  let account: string | null = null;
  if (accountText !== '') {
    const a = AccountName.safeParse(accountText);
    if (a.success) account = a.data;
    else problems.push({ column: 'account', key: 'certificates.error.accountFormat' });
  }
  const parsed = CertificateFields.safeParse({
    scope: scope ?? 'company',
    kind,
    name: get('name'),
    track: get('track'),
    number: get('number'),
    status: status ?? 'passed',
    issueDate: dates.issue_date,
    expiryDate: dates.expiry_date,
    note: get('note'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = { issueDate: 'issue_date', expiryDate: 'expiry_date' }[field] ?? field;
      const key = (
        field === 'kind'
          ? 'certificates.error.csvKind'
          : issue.message.includes('.')
            ? issue.message
            : 'validation.tooLong'
      ) as MessageKey;
      if (!problems.some((p) => p.column === column)) problems.push({ column, key });
    }
    return { problems };
  }
  if (scope) problems.push(...checkFields(parsed.data, account));
  if (problems.length) return { problems };
  return { fields: parsed.data, account, problems: [] };
}
