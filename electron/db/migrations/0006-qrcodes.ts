import type { Migration } from './types';

/**
 * Customer expansion QR codes (issue 6): local-only data — it exists nowhere else, so the
 * writes are durable and the tables are in every backup (electron/backup/tables.ts).
 *
 * - qr_codes: one printed code. `tag` is what the partner link carries and what comes
 *   back as the customer's label after they register. Tags are unique per profile, but
 *   that is enforced by the repository inside its transaction, not by a UNIQUE index:
 *   a backup import merges rows by id with INSERT OR REPLACE, and a UNIQUE(tag) would
 *   make it silently delete a local code whose tag a file row reuses.
 * - qr_links: per connection profile, the expansion link pasted from the partner center
 *   (with an optional `{tag}` placeholder), the partner name for captions and an
 *   optional centre logo (a PNG data URL, size-checked by the service).
 * - qr_layouts: print layouts (a zod-checked JSON spec: sheet kind, grid, margins, code
 *   size, language, logo on/off); the profile's current layout is the row 'current:<profile>'.
 *
 * Attribution is not stored: it is computed at read time by joining customers.label
 * (indexed by customers_label from 0003) with qr_codes.tag, so it is always what the last
 * sync brought, with nothing to refresh.
 */
export const m0006Qrcodes: Migration = {
  version: 6,
  name: 'qrcodes',
  up(db) {
    db.exec(`
      CREATE TABLE qr_codes (
        id               TEXT PRIMARY KEY,
        profile_id       TEXT NOT NULL,
        name             TEXT NOT NULL,
        tag              TEXT NOT NULL,
        association_type TEXT NOT NULL CHECK (association_type IN ('referral', 'reseller')),
        campaign         TEXT NOT NULL DEFAULT '',
        owner_rep        TEXT NOT NULL DEFAULT '',
        notes            TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        expires_on       TEXT,
        archived_at      TEXT
      ) STRICT;
      CREATE INDEX qr_codes_profile ON qr_codes (profile_id, created_at, id);
      CREATE INDEX qr_codes_tag ON qr_codes (profile_id, tag);

      CREATE TABLE qr_links (
        profile_id   TEXT PRIMARY KEY,
        link         TEXT NOT NULL,
        partner_name TEXT NOT NULL DEFAULT '',
        logo         TEXT,
        updated_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE qr_layouts (
        id         TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL,
        name       TEXT NOT NULL,
        spec       TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX qr_layouts_profile ON qr_layouts (profile_id, name);
    `);
  },
};
