import crypto from 'node:crypto';
import type { ParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import type { Language } from '../../shared/settings/schema';
import { checkLink } from '../../shared/qrcodes/link';
import { DEFAULT_LAYOUT, LayoutSpec, sheetGeometry } from '../../shared/qrcodes/layout';
import { LOGO_DATA_URL } from '../../shared/qrcodes/sheet';
import type { BatchInput, QrCodeFields, QrSetup } from '../../shared/qrcodes/schema';
import { sequenceTags } from '../../shared/qrcodes/tags';
import type { DbClient } from '../db/client';
import type { ProfileService } from '../sync/profiles';
import { refuseLink, refuseTags } from './refusals';
import type { NewCode } from './repository';

/**
 * QR codes: local-only records of the active profile. Every write is a durable operation
 * in the writer worker; tags are normalized and checked for collisions there, inside the
 * transaction that writes them, so a batch is written whole or not at all.
 */
export class QrCodeService {
  constructor(
    private readonly db: DbClient,
    private readonly profiles: Pick<ProfileService, 'activeProfile'>,
  ) {}

  private now() {
    return new Date().toISOString();
  }

  async profileId(): Promise<string> {
    return (await this.profiles.activeProfile()).id;
  }

  async list(input: ParsedInput<'qrcodes.list'>) {
    return this.db.run('qrcodes.list', { ...input, profileId: await this.profileId() });
  }

  async get(id: string) {
    const code = await this.db.run('qrcodes.get', { profileId: await this.profileId(), id });
    if (!code) throw new AppError('NOT_FOUND', 'qrcodes.error.notFound');
    return code;
  }

  async facets() {
    return this.db.run('qrcodes.facets', await this.profileId());
  }

  async create(fields: QrCodeFields, language: Language) {
    const id = crypto.randomUUID();
    const r = await this.db.run('qrcodes.insert', {
      profileId: await this.profileId(),
      now: this.now(),
      codes: [{ ...fields, id }],
    });
    if ('refused' in r) refuseTags(language, r.problems, false);
    return this.get(id);
  }

  /** A batch: EXPO-001 … EXPO-040, or a pasted list of tags. All are created, or none. */
  async createBatch(input: BatchInput, language: Language) {
    const tags =
      input.kind === 'sequence' ? sequenceTags(input.prefix, input.from, input.count, input.digits) : input.tags;
    const base = input.name.trim();
    const codes: NewCode[] = tags.map((tag) => ({
      id: crypto.randomUUID(),
      // the name follows the normalized tag: the writer names an empty name after the tag
      name: base ? `${base} ${tag.trim()}` : '',
      tag,
      associationType: input.associationType,
      campaign: input.campaign,
      ownerRep: input.ownerRep,
      notes: input.notes,
      expiresOn: input.expiresOn,
    }));
    const r = await this.db.run('qrcodes.insert', { profileId: await this.profileId(), now: this.now(), codes });
    if ('refused' in r) refuseTags(language, r.problems, true);
    return { created: r.ids.length, ids: r.ids };
  }

  async update(id: string, fields: QrCodeFields, language: Language) {
    const r = await this.db.run('qrcodes.update', { profileId: await this.profileId(), id, now: this.now(), fields });
    if ('refused' in r) {
      if (r.refused === 'notFound') throw new AppError('NOT_FOUND', 'qrcodes.error.notFound');
      refuseTags(language, r.problems, false);
    }
    return this.get(id);
  }

  async duplicate(id: string) {
    const r = await this.db.run('qrcodes.duplicate', {
      profileId: await this.profileId(),
      id,
      newId: crypto.randomUUID(),
      now: this.now(),
    });
    if ('refused' in r) throw new AppError('NOT_FOUND', 'qrcodes.error.notFound');
    return this.get(r.id);
  }

  async archive(ids: string[], archived: boolean) {
    return this.db.run('qrcodes.archive', { profileId: await this.profileId(), ids, archived, now: this.now() });
  }

  async timeline(ids: string[] | null) {
    return this.db.run('qrcodes.timeline', { profileId: await this.profileId(), ids });
  }

  async forCustomer(customerId: string) {
    return this.db.run('qrcodes.forCustomer', { profileId: await this.profileId(), customerId });
  }

  async setup(): Promise<QrSetup> {
    const r = await this.db.run('qrcodes.setup.get', await this.profileId());
    const link = r.link ? r.link : null;
    return {
      link,
      hasPlaceholder: link ? checkLink(link).ok && link.includes('{tag}') : false,
      partnerName: r.partnerName,
      logo: r.logo,
    };
  }

  /** The link is refused unless https:// (javascript:, data:, text, > 1 000 characters…); nothing is changed then. */
  async setSetup(patch: ParsedInput<'qrcodes.setup.set'>): Promise<QrSetup> {
    let link: string | undefined;
    if (patch.link !== undefined) {
      const c = checkLink(patch.link);
      if (!c.ok) refuseLink(c.problem);
      link = c.link;
    }
    if (patch.logo != null && !LOGO_DATA_URL.test(patch.logo))
      throw new AppError('INVALID_INPUT', 'qrcodes.error.logo');
    await this.db.run('qrcodes.setup.set', {
      profileId: await this.profileId(),
      now: this.now(),
      link,
      partnerName: patch.partnerName?.trim(),
      logo: patch.logo,
    });
    return this.setup();
  }

  /** The profile's last print layout (the default one, captions in the UI language, until one is saved). */
  async layout(language: Language): Promise<LayoutSpec> {
    const stored = await this.db.run('qrcodes.layout.get', await this.profileId());
    if (stored) {
      try {
        const parsed = LayoutSpec.safeParse(JSON.parse(stored));
        if (parsed.success) return parsed.data;
      } catch {
        // a layout from a newer version or a damaged row: fall back to the default
      }
    }
    return { ...DEFAULT_LAYOUT, language };
  }

  async setLayout(spec: LayoutSpec): Promise<LayoutSpec> {
    const g = sheetGeometry(spec);
    if (!g.ok)
      throw new AppError('INVALID_INPUT', 'qrcodes.error.layout', { max: g.maxCodeMm }, { maxCodeMm: g.maxCodeMm });
    await this.db.run('qrcodes.layout.set', {
      profileId: await this.profileId(),
      spec: JSON.stringify(spec),
      now: this.now(),
    });
    return spec;
  }
}
