/**
 * The local-only tables (design §5): data that exists nowhere else, so it is in every
 * export and is what an import brings back. The cache tables are not here — a full sync
 * rebuilds them.
 *
 * Each table says how an import merges the file's rows into this database. An import
 * never deletes a local row and never takes a row back to an older version:
 *
 * - `invoice`: by id; a file row with a higher `revision` replaces the local one (lines
 *   with it); a new id is added unless its number is already taken here.
 * - `childOf`: rows that belong to a parent row (invoice lines) come and go with it.
 * - `appendOnly`: rows identified by all their columns but the rowid (the audit trail):
 *   the ones missing here are appended, for parents that exist after the import.
 * - `sequence`: per key, the next number becomes the larger of both (numbers never repeat).
 * - `keyed`: by `key`; a file row with a later `newer` column replaces the local one.
 *
 * Later issues add their local-only tables here (QR codes, certificates and their files):
 * a table with a primary key and an `updated_at` column needs only a `keyed` entry.
 */
export type MergeRule =
  | { kind: 'invoice'; key: 'id'; revision: 'revision'; number: 'number' }
  | { kind: 'childOf'; parent: string; parentKey: string }
  | {
      kind: 'appendOnly';
      parent: string;
      parentKey: string;
      /** A column naming an earlier row of the same table by id (an undo's target): renumbered with it. */
      ref?: string;
    }
  | { kind: 'sequence'; key: string; counter: string }
  | { kind: 'keyed'; key: string; newer: string };

export interface LocalTable {
  name: string;
  /** Rows with an ORDER BY for stable exports and previews. */
  order: string;
  merge: MergeRule;
}

export const LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'invoices', order: 'id', merge: { kind: 'invoice', key: 'id', revision: 'revision', number: 'number' } },
  {
    name: 'invoice_lines',
    order: 'invoice_id, line_no',
    merge: { kind: 'childOf', parent: 'invoices', parentKey: 'invoice_id' },
  },
  { name: 'invoice_audit', order: 'id', merge: { kind: 'appendOnly', parent: 'invoices', parentKey: 'invoice_id' } },
  {
    name: 'invoice_sequences',
    order: 'profile_id',
    merge: { kind: 'sequence', key: 'profile_id', counter: 'next_number' },
  },
  { name: 'settings', order: 'key', merge: { kind: 'keyed', key: 'key', newer: 'updated_at' } },
  // QR codes (issue 6): codes by id, the profile's link/partner name/logo, its print layout.
  { name: 'qr_codes', order: 'id', merge: { kind: 'keyed', key: 'id', newer: 'updated_at' } },
  { name: 'qr_links', order: 'profile_id', merge: { kind: 'keyed', key: 'profile_id', newer: 'updated_at' } },
  { name: 'qr_layouts', order: 'id', merge: { kind: 'keyed', key: 'id', newer: 'updated_at' } },
  // Certificates (issue 7): by id; the append-only history only grows; reminders given (and read).
  // Their files travel in the backup's certificate_file_blobs table (blobs.ts).
  { name: 'certificates', order: 'id', merge: { kind: 'keyed', key: 'id', newer: 'updated_at' } },
  {
    name: 'certificate_history',
    order: 'id',
    merge: { kind: 'appendOnly', parent: 'certificates', parentKey: 'certificate_id', ref: 'undoes' },
  },
  { name: 'certificate_reminders', order: 'id', merge: { kind: 'keyed', key: 'id', newer: 'updated_at' } },
];
