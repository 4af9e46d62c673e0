import type { Migration } from './types';

/**
 * Certificates (issue 7): local-only data — the partner center only offers them as
 * downloads, so nothing here can be synced back. Durable writes, in every backup.
 *
 * - certificates: company/solution certificates and personal (HCIA/HCIP/HCIE) ones. The
 *   file is stored content-addressed in `<dataDir>/certificates/` (sha256 → bytes); the row
 *   holds its hash, type and size. `account` is the Huawei account a personal certificate
 *   is bound to — one column, so at most one at a time.
 * - certificate_history: append-only: creation, edits, new files, bind / unbind /
 *   transfer, and undo (a new entry, never an edit).
 * - certificate_reminders: the 90/30/7-day reminders already given, one row each (the key
 *   makes "once" a constraint), with when the rep read it.
 */
export const m0007Certificates: Migration = {
  version: 7,
  name: 'certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        id          TEXT PRIMARY KEY,
        scope       TEXT NOT NULL CHECK (scope IN ('company', 'personal')),
        kind        TEXT NOT NULL CHECK (
          (scope = 'company' AND kind IN ('cloudSoftware', 'advancedCloudSoftware', 'partnerQualification', 'other'))
          OR (scope = 'personal' AND kind IN ('HCIA', 'HCIP', 'HCIE'))),
        name        TEXT NOT NULL,
        track       TEXT NOT NULL DEFAULT '',
        number      TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('applying', 'passed', 'expired', 'revoked')),
        issue_date  TEXT,
        expiry_date TEXT,
        account     TEXT CHECK (account IS NULL OR scope = 'personal'),
        file_sha256 TEXT,
        file_mime   TEXT CHECK (file_mime IN ('application/pdf', 'image/png', 'image/jpeg')),
        file_bytes  INTEGER,
        file_name   TEXT,
        note        TEXT NOT NULL DEFAULT '',
        revision    INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK ((file_sha256 IS NULL) = (file_mime IS NULL) AND (file_sha256 IS NULL) = (file_bytes IS NULL))
      ) STRICT;
      CREATE INDEX certificates_expiry ON certificates (expiry_date);
      CREATE INDEX certificates_name ON certificates (scope, name);
      CREATE INDEX certificates_account_number ON certificates (account, number);
      CREATE INDEX certificates_file ON certificates (file_sha256);

      CREATE TABLE certificate_history (
        id             INTEGER PRIMARY KEY,
        certificate_id TEXT NOT NULL,
        at             TEXT NOT NULL,
        on_date        TEXT NOT NULL,
        actor          TEXT NOT NULL,
        action         TEXT NOT NULL CHECK (action IN ('created', 'updated', 'file', 'bind', 'unbind', 'transfer', 'undo', 'imported')),
        from_account   TEXT,
        to_account     TEXT,
        note           TEXT NOT NULL DEFAULT '',
        undoes         INTEGER
      ) STRICT;
      CREATE INDEX certificate_history_certificate ON certificate_history (certificate_id, id);
      CREATE TRIGGER certificate_history_append_only_u BEFORE UPDATE ON certificate_history
        BEGIN SELECT RAISE(ABORT, 'certificate_history is append-only'); END;
      CREATE TRIGGER certificate_history_append_only_d BEFORE DELETE ON certificate_history
        BEGIN SELECT RAISE(ABORT, 'certificate_history is append-only'); END;

      CREATE TABLE certificate_reminders (
        id             TEXT PRIMARY KEY,
        certificate_id TEXT NOT NULL,
        threshold      INTEGER NOT NULL CHECK (threshold IN (90, 30, 7)),
        expiry_date    TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        read_at        TEXT,
        updated_at     TEXT NOT NULL,
        UNIQUE (certificate_id, expiry_date, threshold)
      ) STRICT;
      CREATE INDEX certificate_reminders_created ON certificate_reminders (created_at);
    `);
  },
};
