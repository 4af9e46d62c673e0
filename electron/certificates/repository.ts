import type Database from 'better-sqlite3';
import type {
  CertificateDetail,
  CertificateFields,
  CertificateListInput,
  CertificatePage,
  CertificateView,
  ExpiringSummary,
  HistoryAction,
  HistoryEntry,
  ReminderView,
} from '../../shared/certificates/schema';
import { daysLeft, effectiveStatus, EFFECTIVE_STATUS_SQL, addDays, reminderDue } from '../../shared/certificates/rules';
import { readOp, writeOp } from '../db/operation';
import { stmt } from '../db/statements';

/** The stored file a certificate names (already whole in the store when the row is written). */
export interface FileRef {
  sha256: string;
  mime: 'application/pdf' | 'image/png' | 'image/jpeg';
  bytes: number;
  name: string;
}

interface Row {
  id: string;
  scope: 'company' | 'personal';
  kind: CertificateView['kind'];
  name: string;
  track: string;
  number: string;
  status: CertificateView['storedStatus'];
  issue_date: string | null;
  expiry_date: string | null;
  account: string | null;
  file_sha256: string | null;
  file_mime: FileRef['mime'] | null;
  file_bytes: number | null;
  file_name: string | null;
  note: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export type Refusal =
  | { refused: 'notFound' }
  | { refused: 'stale' }
  | { refused: 'notPersonal' }
  | { refused: 'alreadyBound'; account: string }
  | { refused: 'notBound' }
  | { refused: 'sameAccount' }
  | { refused: 'accountHoldsNumber'; account: string; number: string }
  | { refused: 'notUndoable' };

export function toView(r: Row, today: string): CertificateView {
  return {
    id: r.id,
    scope: r.scope,
    kind: r.kind,
    name: r.name,
    track: r.track,
    number: r.number,
    storedStatus: r.status,
    status: effectiveStatus(r.status, r.expiry_date, today),
    issueDate: r.issue_date,
    expiryDate: r.expiry_date,
    daysLeft: daysLeft(r.expiry_date, today),
    account: r.account,
    file:
      r.file_sha256 && r.file_mime && r.file_bytes !== null
        ? { sha256: r.file_sha256, mime: r.file_mime, bytes: r.file_bytes, name: r.file_name ?? '' }
        : null,
    note: r.note,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

interface Who {
  now: string;
  today: string;
  actor: string;
}

function getRow(db: Database.Database, id: string): Row | undefined {
  return stmt(db, 'cert.get', () => 'SELECT * FROM certificates WHERE id = ?').get(id) as Row | undefined;
}

function addHistory(
  db: Database.Database,
  id: string,
  who: Who,
  action: HistoryAction,
  e: { onDate?: string; from?: string | null; to?: string | null; note?: string; undoes?: number | null } = {},
): number {
  return Number(
    stmt(
      db,
      'cert.history.add',
      () =>
        `INSERT INTO certificate_history (certificate_id, at, on_date, actor, action, from_account, to_account, note, undoes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      who.now,
      e.onDate ?? who.today,
      who.actor,
      action,
      e.from ?? null,
      e.to ?? null,
      e.note ?? '',
      e.undoes ?? null,
    ).lastInsertRowid,
  );
}

function history(db: Database.Database, id: string): HistoryEntry[] {
  const rows = stmt(
    db,
    'cert.history',
    () => 'SELECT * FROM certificate_history WHERE certificate_id = ? ORDER BY id',
  ).all(id) as {
    id: number;
    at: string;
    on_date: string;
    actor: string;
    action: HistoryAction;
    from_account: string | null;
    to_account: string | null;
    note: string;
    undoes: number | null;
  }[];
  return rows.map((h) => ({
    id: h.id,
    at: h.at,
    onDate: h.on_date,
    actor: h.actor,
    action: h.action,
    fromAccount: h.from_account,
    toAccount: h.to_account,
    note: h.note,
    undoes: h.undoes,
  }));
}

/**
 * The transfer an undo would reverse: the latest transfer (or undo) entry, while the
 * certificate is still bound to where it went — an undo is itself a transfer back, so a
 * mistaken undo can be undone the same way.
 */
function undoable(h: HistoryEntry[], account: string | null): number | null {
  const moves = h.filter(
    (e) => e.action === 'transfer' || e.action === 'undo' || e.action === 'bind' || e.action === 'unbind',
  );
  const last = moves[moves.length - 1];
  return last && (last.action === 'transfer' || last.action === 'undo') && last.toAccount === account ? last.id : null;
}

function detail(db: Database.Database, id: string, today: string): CertificateDetail | null {
  const row = getRow(db, id);
  if (!row) return null;
  const h = history(db, id);
  return { certificate: toView(row, today), history: h, undoable: undoable(h, row.account) };
}

/** The WHERE clause of a list filter and its named parameters. */
function where(input: Omit<CertificateListInput, 'offset' | 'limit'>, today: string) {
  const parts: string[] = [];
  const params: Record<string, string | number> = { today };
  if (input.scope) {
    parts.push('scope = :scope');
    params.scope = input.scope;
  }
  if (input.kind) {
    parts.push('kind = :kind');
    params.kind = input.kind;
  }
  if (input.status) {
    parts.push(`(${EFFECTIVE_STATUS_SQL}) = :status`);
    params.status = input.status;
  }
  if (input.holder) {
    parts.push("scope = 'personal' AND instr(lower(name), lower(:holder)) > 0");
    params.holder = input.holder;
  }
  if (input.search) {
    parts.push(
      `(instr(lower(name), lower(:search)) > 0 OR instr(lower(number), lower(:search)) > 0
        OR instr(lower(coalesce(account, '')), lower(:search)) > 0 OR instr(lower(track), lower(:search)) > 0)`,
    );
    params.search = input.search;
  }
  if (input.expiringWithin !== undefined) {
    parts.push("expiry_date >= :today AND expiry_date <= :until AND status = 'passed'");
    params.until = addDays(today, input.expiringWithin);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function checkBindTarget(db: Database.Database, row: Row, account: string): Refusal | null {
  const holder = stmt(
    db,
    'cert.holder',
    () => 'SELECT id FROM certificates WHERE account = ? AND number = ? AND id != ? LIMIT 1',
  ).get(account, row.number, row.id);
  return holder ? { refused: 'accountHoldsNumber', account, number: row.number } : null;
}

function setAccount(db: Database.Database, row: Row, account: string | null, who: Who) {
  stmt(
    db,
    'cert.setAccount',
    () => 'UPDATE certificates SET account = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  ).run(account, who.now, row.id);
}

type WriteResult = CertificateDetail | Refusal;

function personal(db: Database.Database, id: string): Row | Refusal {
  const row = getRow(db, id);
  if (!row) return { refused: 'notFound' };
  if (row.scope !== 'personal') return { refused: 'notPersonal' };
  return row;
}

const insertSql = `INSERT INTO certificates (id, scope, kind, name, track, number, status, issue_date, expiry_date,
  account, file_sha256, file_mime, file_bytes, file_name, note, revision, created_at, updated_at)
  VALUES (@id, @scope, @kind, @name, @track, @number, @status, @issueDate, @expiryDate,
  @account, @sha256, @mime, @bytes, @fileName, @note, 1, @now, @now)`;

function insert(
  db: Database.Database,
  c: { id: string; fields: CertificateFields; account: string | null; file: FileRef | null },
  who: Who,
  action: 'created' | 'imported',
) {
  const f = c.file;
  stmt(db, 'cert.insert', () => insertSql).run({
    ...c.fields,
    id: c.id,
    track: c.fields.scope === 'personal' ? c.fields.track : '',
    account: c.account,
    sha256: f?.sha256 ?? null,
    mime: f?.mime ?? null,
    bytes: f?.bytes ?? null,
    fileName: f?.name ?? null,
    now: who.now,
  });
  addHistory(db, c.id, who, action, { to: c.account });
  if (c.account) addHistory(db, c.id, who, 'bind', { to: c.account });
}

export const certificateOps = {
  'certificates.list': readOp((db, input: CertificateListInput & { today: string }): CertificatePage => {
    const w = where(input, input.today);
    const total = db.prepare(`SELECT count(*) FROM certificates ${w.sql}`).pluck().get(w.params) as number;
    // Soonest expiry first (no expiry date last), then name: what a rep preparing a bid looks for.
    const rows = db
      .prepare(
        `SELECT * FROM certificates ${w.sql}
         ORDER BY expiry_date IS NULL, expiry_date, name, id LIMIT :limit OFFSET :offset`,
      )
      .all({ ...w.params, limit: input.limit, offset: input.offset }) as Row[];
    return { rows: rows.map((r) => toView(r, input.today)), total };
  }),

  'certificates.get': readOp((db, input: { id: string; today: string }) => detail(db, input.id, input.today)),

  'certificates.byIds': readOp((db, input: { ids: string[]; today: string }) => {
    const rows = db
      .prepare('SELECT * FROM certificates WHERE id IN (SELECT value FROM json_each(?)) ORDER BY scope, name, number')
      .all(JSON.stringify(input.ids)) as Row[];
    return rows.map((r) => toView(r, input.today));
  }),

  'certificates.all': readOp((db, input: { today: string }) =>
    (db.prepare('SELECT * FROM certificates ORDER BY scope, name, number, id').all() as Row[]).map((r) =>
      toView(r, input.today),
    ),
  ),

  /** Every file hash a certificate names (the sweep keeps exactly these). */
  'certificates.fileRefs': readOp(
    (db, _input: undefined) =>
      db
        .prepare('SELECT DISTINCT file_sha256 FROM certificates WHERE file_sha256 IS NOT NULL')
        .pluck()
        .all() as string[],
  ),

  /** Numbers already recorded (the CSV preview flags a row that would add one twice). */
  'certificates.numbers': readOp(
    (db, _input: undefined) =>
      db
        .prepare("SELECT scope || ':' || number || ':' || coalesce(issue_date, '') FROM certificates")
        .pluck()
        .all() as string[],
  ),

  /** `account⏎number` of every bound certificate (the CSV preview refuses a second binding of one). */
  'certificates.boundPairs': readOp(
    (db, _input: undefined) =>
      db
        .prepare('SELECT account || char(10) || number FROM certificates WHERE account IS NOT NULL')
        .pluck()
        .all() as string[],
  ),

  'certificates.create': writeOp(
    (
      db,
      input: Who & { id: string; fields: CertificateFields; account: string | null; file: FileRef | null },
    ): WriteResult => {
      if (input.account) {
        const dup = stmt(
          db,
          'cert.holderNew',
          () => 'SELECT 1 FROM certificates WHERE account = ? AND number = ? LIMIT 1',
        ).get(input.account, input.fields.number);
        if (dup) return { refused: 'accountHoldsNumber', account: input.account, number: input.fields.number };
      }
      insert(db, input, input, 'created');
      if (input.file) addHistory(db, input.id, input, 'file', { note: input.file.name });
      return detail(db, input.id, input.today)!;
    },
    { durable: true },
  ),

  'certificates.update': writeOp(
    (
      db,
      input: Who & { id: string; revision: number; fields: CertificateFields; file: FileRef | null },
    ): WriteResult => {
      const row = getRow(db, input.id);
      if (!row) return { refused: 'notFound' };
      if (row.revision !== input.revision) return { refused: 'stale' };
      if (row.scope !== input.fields.scope) return { refused: 'notPersonal' };
      const f = input.fields;
      db.prepare(
        `UPDATE certificates SET kind = ?, name = ?, track = ?, number = ?, status = ?, issue_date = ?, expiry_date = ?,
           note = ?, revision = revision + 1, updated_at = ? WHERE id = ?`,
      ).run(
        f.kind,
        f.name,
        f.scope === 'personal' ? f.track : '',
        f.number,
        f.status,
        f.issueDate,
        f.expiryDate,
        f.note,
        input.now,
        input.id,
      );
      addHistory(db, input.id, input, 'updated');
      if (input.file) {
        db.prepare(
          'UPDATE certificates SET file_sha256 = ?, file_mime = ?, file_bytes = ?, file_name = ? WHERE id = ?',
        ).run(input.file.sha256, input.file.mime, input.file.bytes, input.file.name, input.id);
        addHistory(db, input.id, input, 'file', { note: input.file.name });
      }
      return detail(db, input.id, input.today)!;
    },
    { durable: true },
  ),

  /** Bind an unbound personal certificate to an account. */
  'certificates.bind': writeOp(
    (db, input: Who & { id: string; account: string; onDate: string; note: string }): WriteResult => {
      const row = personal(db, input.id);
      if ('refused' in row) return row;
      if (row.account !== null)
        return row.account === input.account
          ? { refused: 'sameAccount' }
          : { refused: 'alreadyBound', account: row.account };
      const taken = checkBindTarget(db, row, input.account);
      if (taken) return taken;
      setAccount(db, row, input.account, input);
      addHistory(db, row.id, input, 'bind', { onDate: input.onDate, to: input.account, note: input.note });
      return detail(db, row.id, input.today)!;
    },
    { durable: true },
  ),

  'certificates.unbind': writeOp(
    (db, input: Who & { id: string; onDate: string; note: string }): WriteResult => {
      const row = personal(db, input.id);
      if ('refused' in row) return row;
      if (row.account === null) return { refused: 'notBound' };
      setAccount(db, row, null, input);
      addHistory(db, row.id, input, 'unbind', { onDate: input.onDate, from: row.account, note: input.note });
      return detail(db, row.id, input.today)!;
    },
    { durable: true },
  ),

  /** The partner center's flow as one step: unbind from the current account, bind to the new one. */
  'certificates.transfer': writeOp(
    (db, input: Who & { id: string; account: string; onDate: string; note: string }): WriteResult => {
      const row = personal(db, input.id);
      if ('refused' in row) return row;
      if (row.account === null) return { refused: 'notBound' };
      if (row.account === input.account) return { refused: 'sameAccount' };
      const taken = checkBindTarget(db, row, input.account);
      if (taken) return taken;
      setAccount(db, row, input.account, input);
      addHistory(db, row.id, input, 'transfer', {
        onDate: input.onDate,
        from: row.account,
        to: input.account,
        note: input.note,
      });
      return detail(db, row.id, input.today)!;
    },
    { durable: true },
  ),

  /** Undo of a mistaken transfer: a transfer back, recorded as a new entry that names the one it reverses. */
  'certificates.undo': writeOp(
    (db, input: Who & { id: string; transferId: number; note: string }): WriteResult => {
      const row = personal(db, input.id);
      if ('refused' in row) return row;
      const h = history(db, row.id);
      if (undoable(h, row.account) !== input.transferId) return { refused: 'notUndoable' };
      const t = h.find((e) => e.id === input.transferId)!;
      const back = t.fromAccount!;
      const taken = checkBindTarget(db, row, back);
      if (taken) return taken;
      setAccount(db, row, back, input);
      addHistory(db, row.id, input, 'undo', {
        from: row.account,
        to: back,
        note: input.note,
        undoes: t.id,
      });
      return detail(db, row.id, input.today)!;
    },
    { durable: true },
  ),

  /**
   * The good rows of a confirmed CSV import, all in one transaction — or none: an account
   * that holds the number by now (bound since the preview) refuses the whole import.
   */
  'certificates.importRows': writeOp(
    (
      db,
      input: Who & { rows: { id: string; fields: CertificateFields; account: string | null }[] },
    ): { added: number } | Refusal => {
      const holds = stmt(
        db,
        'cert.holderNew',
        () => 'SELECT 1 FROM certificates WHERE account = ? AND number = ? LIMIT 1',
      );
      for (const r of input.rows)
        if (r.account && holds.get(r.account, r.fields.number))
          return { refused: 'accountHoldsNumber', account: r.account, number: r.fields.number };
      for (const r of input.rows) insert(db, { ...r, file: null }, input, 'imported');
      return { added: input.rows.length };
    },
    { durable: true },
  ),

  /**
   * Gives the reminders due today (rules.ts: reminderDue) and answers the new ones. The
   * table's key makes each threshold once per expiry date, however often this runs.
   */
  'certificates.giveReminders': writeOp(
    (db, input: Who & { horizon: number }): ReminderView[] => {
      const rows = db
        .prepare(
          `SELECT * FROM certificates WHERE expiry_date IS NOT NULL AND expiry_date >= ? AND expiry_date <= ? AND status = 'passed'`,
        )
        .all(input.today, addDays(input.today, input.horizon)) as Row[];
      const given = db
        .prepare('SELECT threshold FROM certificate_reminders WHERE certificate_id = ? AND expiry_date = ?')
        .pluck();
      const put = db.prepare(
        `INSERT OR IGNORE INTO certificate_reminders (id, certificate_id, threshold, expiry_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      const added: string[] = [];
      for (const r of rows) {
        const due = reminderDue(
          effectiveStatus(r.status, r.expiry_date, input.today),
          r.expiry_date,
          input.today,
          given.all(r.id, r.expiry_date) as number[],
        );
        if (due === null) continue;
        const id = `${r.id}:${r.expiry_date}:${due}`;
        if (put.run(id, r.id, due, r.expiry_date, input.now, input.now).changes) added.push(id);
      }
      return readReminders(db, input.today, added);
    },
    { durable: true },
  ),

  'certificates.inbox': readOp((db, input: { today: string; limit: number }) => {
    const ids = db
      .prepare('SELECT id FROM certificate_reminders ORDER BY created_at DESC, id LIMIT ?')
      .pluck()
      .all(input.limit) as string[];
    const unread = db
      .prepare('SELECT count(*) FROM certificate_reminders WHERE read_at IS NULL')
      .pluck()
      .get() as number;
    return { reminders: readReminders(db, input.today, ids), unread };
  }),

  'certificates.markRead': writeOp(
    (db, input: { ids: string[]; now: string }) => {
      db.prepare(
        'UPDATE certificate_reminders SET read_at = ?, updated_at = ? WHERE read_at IS NULL AND id IN (SELECT value FROM json_each(?))',
      ).run(input.now, input.now, JSON.stringify(input.ids));
      return null;
    },
    { durable: true },
  ),

  'certificates.expiring': readOp((db, input: { today: string }): ExpiringSummary => {
    const count = (days: number) =>
      db
        .prepare("SELECT count(*) FROM certificates WHERE status = 'passed' AND expiry_date >= ? AND expiry_date <= ?")
        .pluck()
        .get(input.today, addDays(input.today, days)) as number;
    const expired = db
      .prepare(`SELECT count(*) FROM certificates WHERE (${EFFECTIVE_STATUS_SQL}) = 'expired'`)
      .pluck()
      .get({ today: input.today }) as number;
    const soonest = db
      .prepare(
        "SELECT * FROM certificates WHERE status = 'passed' AND expiry_date >= ? AND expiry_date <= ? ORDER BY expiry_date, name LIMIT 5",
      )
      .all(input.today, addDays(input.today, 90)) as Row[];
    return {
      within7: count(7),
      within30: count(30),
      within90: count(90),
      expired,
      soonest: soonest.map((r) => toView(r, input.today)),
    };
  }),
};

function readReminders(db: Database.Database, today: string, ids: string[]): ReminderView[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT r.id, r.certificate_id, r.threshold, r.expiry_date, r.created_at, r.read_at, c.scope, c.kind, c.name, c.number
       FROM certificate_reminders r JOIN certificates c ON c.id = r.certificate_id
       WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.created_at DESC, c.expiry_date, r.id`,
    )
    .all(JSON.stringify(ids)) as {
    id: string;
    certificate_id: string;
    threshold: number;
    expiry_date: string;
    created_at: string;
    read_at: string | null;
    scope: ReminderView['scope'];
    kind: ReminderView['kind'];
    name: string;
    number: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    certificateId: r.certificate_id,
    threshold: r.threshold,
    expiryDate: r.expiry_date,
    createdAt: r.created_at,
    readAt: r.read_at,
    scope: r.scope,
    kind: r.kind,
    name: r.name,
    number: r.number,
    daysLeft: daysLeft(r.expiry_date, today),
  }));
}
