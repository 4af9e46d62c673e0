import { readOp, writeOp } from '../db/operation';

/** The profile's expansion link, partner name and logo (qr_links), and its current print layout (qr_layouts). */
export interface SetupRow {
  link: string | null;
  partnerName: string;
  logo: string | null;
}

const layoutId = (profileId: string) => `current:${profileId}`;

export const qrcodeSetupOps = {
  'qrcodes.setup.get': readOp((db, profileId: string): SetupRow => {
    const r = db
      .prepare('SELECT link, partner_name AS partnerName, logo FROM qr_links WHERE profile_id = ?')
      .get(profileId) as SetupRow | undefined;
    return r ?? { link: null, partnerName: '', logo: null };
  }),

  /** Sets what is given (already checked by the service); the rest is kept. */
  'qrcodes.setup.set': writeOp(
    (db, input: { profileId: string; now: string; link?: string; partnerName?: string; logo?: string | null }) => {
      db.prepare(
        `INSERT INTO qr_links (profile_id, link, partner_name, logo, updated_at)
         VALUES (@profileId, coalesce(@link, ''), coalesce(@partnerName, ''), @logo, @now)
         ON CONFLICT (profile_id) DO UPDATE SET
           link = coalesce(@link, link), partner_name = coalesce(@partnerName, partner_name),
           logo = CASE WHEN @setLogo THEN @logo ELSE logo END, updated_at = @now`,
      ).run({
        profileId: input.profileId,
        link: input.link ?? null,
        partnerName: input.partnerName ?? null,
        logo: input.logo ?? null,
        now: input.now,
        setLogo: input.logo !== undefined ? 1 : 0,
      });
    },
    { durable: true },
  ),

  'qrcodes.layout.get': readOp((db, profileId: string): string | null => {
    return (db.prepare('SELECT spec FROM qr_layouts WHERE id = ?').pluck().get(layoutId(profileId)) as string) ?? null;
  }),

  'qrcodes.layout.set': writeOp(
    (db, input: { profileId: string; spec: string; now: string }) => {
      db.prepare(
        `INSERT INTO qr_layouts (id, profile_id, name, spec, updated_at) VALUES (?, ?, 'current', ?, ?)
         ON CONFLICT (id) DO UPDATE SET spec = excluded.spec, updated_at = excluded.updated_at`,
      ).run(layoutId(input.profileId), input.profileId, input.spec, input.now);
    },
    { durable: true },
  ),
};
