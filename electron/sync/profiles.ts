import crypto from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/errors';
import type { Profile, ProfileInput, ProfileKind, ProfilesView } from '../../shared/sync/schema';
import type { DbClient } from '../db/client';
import type { Endpoints } from './bss-client';
import type { SecretStore } from './secrets';

/** Public endpoints per site (../shared/reference/bss-api.md, "Hosts"). */
export const SITE_ENDPOINTS: Record<Exclude<ProfileKind, 'sandbox'>, Endpoints> = {
  china: { iam: 'https://iam.myhuaweicloud.com', bss: 'https://bss.myhuaweicloud.com' },
  international: { iam: 'https://iam.myhuaweicloud.com', bss: 'https://bss-intl.myhuaweicloud.com' },
  europe: { iam: 'https://iam.myhuaweicloud.eu', bss: 'https://bss.myhuaweicloud.eu' },
};

export const SANDBOX_PROFILE_ID = 'sandbox';

const StoredProfile = z.object({
  id: z.string(),
  kind: z.enum(['china', 'international', 'europe']),
  name: z.string(),
  domain: z.string(),
  user: z.string(),
  rememberPassword: z.boolean(),
});
type StoredProfile = z.infer<typeof StoredProfile>;

const PROFILES_KEY = 'sync.profiles';
const ACTIVE_KEY = 'sync.activeProfile';

/**
 * Connection profiles: the built-in Sandbox plus the user's own (China, International,
 * Europe). Profiles are stored as settings; passwords only in the SecretStore.
 */
export class ProfileService {
  private stored: StoredProfile[] = [];
  private active = SANDBOX_PROFILE_ID;
  sandboxCredentials: { domain: string; user: string } | null = null;

  constructor(
    private readonly db: DbClient,
    readonly secrets: SecretStore,
  ) {}

  async load(): Promise<void> {
    if (!this.db.isReady) return;
    const rows = await this.db.run('settings.readAll');
    const get = (key: string) => rows.find((r) => r.key === key)?.value;
    try {
      this.stored = z.array(StoredProfile).parse(JSON.parse(get(PROFILES_KEY) ?? '[]'));
    } catch {
      this.stored = [];
    }
    const active = get(ACTIVE_KEY) ? (JSON.parse(get(ACTIVE_KEY)!) as unknown) : SANDBOX_PROFILE_ID;
    this.active =
      typeof active === 'string' && (active === SANDBOX_PROFILE_ID || this.stored.some((p) => p.id === active))
        ? active
        : SANDBOX_PROFILE_ID;
  }

  private async persist(): Promise<void> {
    await this.db.run('settings.write', [
      { key: PROFILES_KEY, value: JSON.stringify(this.stored) },
      { key: ACTIVE_KEY, value: JSON.stringify(this.active) },
    ]);
  }

  get activeId(): string {
    return this.active;
  }

  async view(): Promise<ProfilesView> {
    return {
      profiles: await Promise.all(this.all().map((p) => this.toPublic(p))),
      activeId: this.active,
      secretStorage: this.secrets.kind,
    };
  }

  private all(): (
    | StoredProfile
    | { id: string; kind: 'sandbox'; name: string; domain: string; user: string; rememberPassword: boolean }
  )[] {
    const sandbox = {
      id: SANDBOX_PROFILE_ID,
      kind: 'sandbox' as const,
      name: 'Sandbox',
      domain: this.sandboxCredentials?.domain ?? '',
      user: this.sandboxCredentials?.user ?? '',
      rememberPassword: true,
    };
    return [sandbox, ...this.stored];
  }

  private async toPublic(p: ReturnType<ProfileService['all']>[number]): Promise<Profile> {
    const hasPassword = p.kind === 'sandbox' ? true : (await this.secrets.get(p.id)) !== null;
    return { ...p, hasPassword };
  }

  async activeProfile(): Promise<Profile> {
    return this.toPublic(this.all().find((p) => p.id === this.active)!);
  }

  async save(input: ProfileInput): Promise<ProfilesView> {
    const id = input.id ?? crypto.randomUUID();
    if (id === SANDBOX_PROFILE_ID) throw new AppError('INVALID_INPUT', 'sync.error.sandboxReadOnly');
    const existing = this.stored.findIndex((p) => p.id === id);
    if (input.id && existing < 0) throw new AppError('NOT_FOUND', 'sync.error.noProfile');
    const profile: StoredProfile = {
      id,
      kind: input.kind,
      name: input.name,
      domain: input.domain,
      user: input.user,
      rememberPassword: input.rememberPassword,
    };
    if (existing >= 0) this.stored[existing] = profile;
    else this.stored.push(profile);
    if (input.password !== undefined)
      await this.secrets.set(id, input.password === '' ? null : input.password, input.rememberPassword);
    else if (!input.rememberPassword) {
      // Keep the password for this session but no longer on disk.
      const current = await this.secrets.get(id);
      await this.secrets.set(id, current, false);
    }
    await this.persist();
    return this.view();
  }

  async remove(id: string): Promise<ProfilesView> {
    if (id === SANDBOX_PROFILE_ID) throw new AppError('INVALID_INPUT', 'sync.error.sandboxReadOnly');
    this.stored = this.stored.filter((p) => p.id !== id);
    await this.secrets.set(id, null, false);
    if (this.active === id) this.active = SANDBOX_PROFILE_ID;
    await this.persist();
    return this.view();
  }

  async activate(id: string): Promise<void> {
    if (id !== SANDBOX_PROFILE_ID && !this.stored.some((p) => p.id === id))
      throw new AppError('NOT_FOUND', 'sync.error.noProfile');
    this.active = id;
    await this.persist();
  }

  /** Endpoints and credentials of a user profile; null password = must be asked for. */
  async connection(
    id: string,
  ): Promise<{ endpoints: Endpoints; domain: string; user: string; password: string | null } | null> {
    const p = this.stored.find((s) => s.id === id);
    if (!p) return null;
    return {
      endpoints: SITE_ENDPOINTS[p.kind],
      domain: p.domain,
      user: p.user,
      password: await this.secrets.get(p.id),
    };
  }
}
