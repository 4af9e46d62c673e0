import type Database from 'better-sqlite3';
import { readOp, writeOp } from '../db/operation';
import type { AssociationType, QrCodeFields, QrCodeView, QrStatusFilter } from '../../shared/qrcodes/schema';
import { checkBatchTags, duplicateTag, tagKey, type BatchTagProblem } from '../../shared/qrcodes/tags';
import { attributionOf, NO_ATTRIBUTION, timelineOf } from './attribution';

/** A code as stored, before attribution is read. */
export type QrCodeRecord = Omit<QrCodeView, 'attribution'>;

const COLUMNS = `id, name, tag, association_type AS associationType, campaign, owner_rep AS ownerRep, notes,
  created_at AS createdAt, updated_at AS updatedAt, expires_on AS expiresOn, archived_at AS archivedAt`;

/** A code to insert: fields as the rep typed them (the tag is normalized here, in the writer). */
export interface NewCode extends Omit<QrCodeFields, 'tag'> {
  id: string;
  tag: string;
}

export type TagRefusal = { refused: 'tags'; problems: BatchTagProblem[] };
export type NotFound = { refused: 'notFound' };

export interface ListQuery {
  profileId: string;
  search: string;
  status: QrStatusFilter;
  associationType: AssociationType | null;
  campaign: string | null;
  ownerRep: string | null;
  offset: number;
  limit: number;
  today: string;
}

/** The profile's tags (collision keys), optionally without one code's. */
function existingTags(db: Database.Database, profileId: string, exceptId: string | null): Set<string> {
  const tags = db
    .prepare('SELECT tag FROM qr_codes WHERE profile_id = ? AND id IS NOT ?')
    .pluck()
    .all(profileId, exceptId) as string[];
  return new Set(tags.map(tagKey));
}

function getRecord(db: Database.Database, profileId: string, id: string): QrCodeRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM qr_codes WHERE id = ? AND profile_id = ?`).get(id, profileId) as
    QrCodeRecord | undefined;
}

function withAttribution(db: Database.Database, rows: QrCodeRecord[]): QrCodeView[] {
  const a = attributionOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, attribution: a.get(r.id) ?? NO_ATTRIBUTION }));
}

/** Writes one code (its tag already normalized and checked). */
function insertCode(db: Database.Database, profileId: string, now: string, c: NewCode) {
  db.prepare(
    `INSERT INTO qr_codes (id, profile_id, name, tag, association_type, campaign, owner_rep, notes, created_at, updated_at, expires_on)
     VALUES (@id, @profileId, @name, @tag, @associationType, @campaign, @ownerRep, @notes, @now, @now, @expiresOn)`,
  ).run({
    ...c,
    profileId,
    now,
    name: c.name.trim() || c.tag,
    campaign: c.campaign.trim(),
    ownerRep: c.ownerRep.trim(),
  });
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function where(q: ListQuery): { sql: string; params: unknown[] } {
  const clauses = ['profile_id = ?'];
  const params: unknown[] = [q.profileId];
  if (q.status === 'active') {
    clauses.push('archived_at IS NULL AND (expires_on IS NULL OR expires_on >= ?)');
    params.push(q.today);
  } else if (q.status === 'expired') {
    clauses.push('archived_at IS NULL AND expires_on < ?');
    params.push(q.today);
  } else if (q.status === 'archived') clauses.push('archived_at IS NOT NULL');
  if (q.search.trim()) {
    clauses.push("(name LIKE ? ESCAPE '\\' OR tag LIKE ? ESCAPE '\\' OR campaign LIKE ? ESCAPE '\\')");
    const s = like(q.search.trim());
    params.push(s, s, s);
  }
  if (q.associationType) {
    clauses.push('association_type = ?');
    params.push(q.associationType);
  }
  if (q.campaign !== null) {
    clauses.push('campaign = ?');
    params.push(q.campaign);
  }
  if (q.ownerRep !== null) {
    clauses.push('owner_rep = ?');
    params.push(q.ownerRep);
  }
  return { sql: clauses.join(' AND '), params };
}

export const qrcodeOps = {
  'qrcodes.list': readOp((db, q: ListQuery) => {
    const w = where(q);
    const total = db
      .prepare(`SELECT count(*) FROM qr_codes WHERE ${w.sql}`)
      .pluck()
      .get(...w.params) as number;
    const all = db.prepare('SELECT count(*) FROM qr_codes WHERE profile_id = ?').pluck().get(q.profileId) as number;
    const rows = db
      .prepare(
        `SELECT ${COLUMNS} FROM qr_codes WHERE ${w.sql} ORDER BY created_at DESC, tag COLLATE NOCASE, id LIMIT ? OFFSET ?`,
      )
      .all(...w.params, q.limit, q.offset) as QrCodeRecord[];
    return { items: withAttribution(db, rows), total, all };
  }),

  'qrcodes.get': readOp((db, input: { profileId: string; id: string }) => {
    const r = getRecord(db, input.profileId, input.id);
    return r ? withAttribution(db, [r])[0]! : null;
  }),

  /** The codes to print, in the order asked (unknown ids are left out). */
  'qrcodes.byIds': readOp((db, input: { profileId: string; ids: readonly string[] }) => {
    const rows = db
      .prepare(`SELECT ${COLUMNS} FROM qr_codes WHERE profile_id = ? AND id IN (SELECT value FROM json_each(?))`)
      .all(input.profileId, JSON.stringify(input.ids)) as QrCodeRecord[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return input.ids.flatMap((id) => byId.get(id) ?? []);
  }),

  'qrcodes.facets': readOp((db, profileId: string) => ({
    campaigns: db
      .prepare("SELECT DISTINCT campaign FROM qr_codes WHERE profile_id = ? AND campaign != '' ORDER BY campaign")
      .pluck()
      .all(profileId) as string[],
    ownerReps: db
      .prepare("SELECT DISTINCT owner_rep FROM qr_codes WHERE profile_id = ? AND owner_rep != '' ORDER BY owner_rep")
      .pluck()
      .all(profileId) as string[],
  })),

  /** One code or a whole batch: every tag is checked against the others and the profile's, then all are written or none. */
  'qrcodes.insert': writeOp(
    (db, input: { profileId: string; now: string; codes: NewCode[] }): { ids: string[] } | TagRefusal => {
      const check = checkBatchTags(
        input.codes.map((c) => c.tag),
        existingTags(db, input.profileId, null),
      );
      if (!check.ok) return { refused: 'tags', problems: check.problems };
      // All or none: the writer runs each write in one transaction (a batch killed half-way
      // once left half its codes: test/integration/qrcodes-durability.test.ts).
      input.codes.forEach((c, i) => insertCode(db, input.profileId, input.now, { ...c, tag: check.tags[i]! }));
      return { ids: input.codes.map((c) => c.id) };
    },
    { durable: true },
  ),

  'qrcodes.update': writeOp(
    (
      db,
      input: { profileId: string; id: string; now: string; fields: QrCodeFields },
    ): { ok: true } | TagRefusal | NotFound => {
      if (!getRecord(db, input.profileId, input.id)) return { refused: 'notFound' };
      const check = checkBatchTags([input.fields.tag], existingTags(db, input.profileId, input.id));
      if (!check.ok) return { refused: 'tags', problems: check.problems };
      const f = input.fields;
      db.prepare(
        `UPDATE qr_codes SET name = ?, tag = ?, association_type = ?, campaign = ?, owner_rep = ?, notes = ?, expires_on = ?, updated_at = ?
         WHERE id = ?`,
      ).run(
        f.name.trim() || check.tags[0]!,
        check.tags[0]!,
        f.associationType,
        f.campaign.trim(),
        f.ownerRep.trim(),
        f.notes,
        f.expiresOn,
        input.now,
        input.id,
      );
      return { ok: true };
    },
    { durable: true },
  ),

  /** A copy of a code under the next free tag (tag-2, tag-3 …), not archived. */
  'qrcodes.duplicate': writeOp(
    (db, input: { profileId: string; id: string; newId: string; now: string }): { id: string } | NotFound => {
      const r = getRecord(db, input.profileId, input.id);
      if (!r) return { refused: 'notFound' };
      const tag = duplicateTag(r.tag, existingTags(db, input.profileId, null));
      insertCode(db, input.profileId, input.now, {
        id: input.newId,
        associationType: r.associationType,
        campaign: r.campaign,
        ownerRep: r.ownerRep,
        notes: r.notes,
        expiresOn: r.expiresOn,
        name: r.name === r.tag ? tag : `${r.name} (${tag})`.slice(0, 120),
        tag,
      });
      return { id: input.newId };
    },
    { durable: true },
  ),

  'qrcodes.archive': writeOp(
    (db, input: { profileId: string; ids: readonly string[]; archived: boolean; now: string }) => {
      const changes = db
        .prepare(
          `UPDATE qr_codes SET archived_at = ?, updated_at = ?
           WHERE profile_id = ? AND id IN (SELECT value FROM json_each(?)) AND (archived_at IS NULL) = ?`,
        )
        .run(
          input.archived ? input.now : null,
          input.now,
          input.profileId,
          JSON.stringify(input.ids),
          input.archived ? 1 : 0,
        ).changes;
      return { changed: changes };
    },
    { durable: true },
  ),

  /** Per month, customers associated through each code (the given ones, or the ten that brought the most). */
  'qrcodes.timeline': readOp((db, input: { profileId: string; ids: readonly string[] | null }) => {
    const codes = input.ids
      ? (db
          .prepare('SELECT id, tag FROM qr_codes WHERE profile_id = ? AND id IN (SELECT value FROM json_each(?))')
          .all(input.profileId, JSON.stringify(input.ids)) as { id: string; tag: string }[])
      : (db
          .prepare(
            `SELECT q.id, q.tag FROM qr_codes q JOIN customers c ON c.label = q.tag
             WHERE q.profile_id = ? AND q.archived_at IS NULL
             GROUP BY q.id ORDER BY count(*) DESC, q.tag LIMIT 10`,
          )
          .all(input.profileId) as { id: string; tag: string }[]);
    return timelineOf(db, codes);
  }),

  /** The code whose tag is the customer's label (the oldest, should an import have brought a second). */
  'qrcodes.forCustomer': readOp((db, input: { profileId: string; customerId: string }) => {
    const r = db
      .prepare(
        `SELECT q.id, q.name, q.tag, q.campaign, q.archived_at IS NOT NULL AS archived
         FROM customers c JOIN qr_codes q ON q.tag = c.label AND q.profile_id = ?
         WHERE c.customer_id = ? ORDER BY q.created_at, q.id LIMIT 1`,
      )
      .get(input.profileId, input.customerId) as
      { id: string; name: string; tag: string; campaign: string; archived: number } | undefined;
    return r ? { ...r, archived: r.archived === 1 } : null;
  }),
};
