import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../shared/settings/schema';
import { AppError } from '../../shared/ipc/errors';
import type { DbClient } from '../db/client';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/logger';

/**
 * Settings kept in memory (the dispatcher needs the language synchronously for every
 * message) and written through to the database. A stored value that no longer fits the
 * schema falls back to its default instead of breaking start-up.
 */
export class SettingsService {
  private current: Settings = { ...DEFAULT_SETTINGS };

  constructor(
    private readonly db: DbClient,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  get value(): Settings {
    return this.current;
  }

  async load(): Promise<Settings> {
    if (!this.db.isReady) return this.current;
    const rows = await this.db.run('settings.readAll');
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const { key, value } of rows) {
      if (!(key in DEFAULT_SETTINGS)) continue;
      try {
        const candidate = { ...merged, [key]: JSON.parse(value) };
        if (Settings.safeParse(candidate).success) merged[key] = candidate[key];
        else this.logger.warn('ignored invalid stored setting', { key });
      } catch {
        this.logger.warn('ignored unreadable stored setting', { key });
      }
    }
    this.current = Settings.parse(merged);
    return this.current;
  }

  /** Changes settings in memory only (used when the database cannot be written). */
  applyForThisRun(patch: SettingsPatch): void {
    this.current = Settings.parse({ ...this.current, ...patch });
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    if (!this.db.isReady)
      throw new AppError('DB_UNAVAILABLE', 'error.dbUnavailable', { reason: this.db.outcome.state });
    const next = Settings.parse({ ...this.current, ...patch });
    await this.db.run(
      'settings.write',
      Object.entries(patch).map(([key, value]) => ({ key, value: JSON.stringify(value) })),
    );
    this.current = next;
    this.bus.emit('settings.changed', next);
    return next;
  }
}
