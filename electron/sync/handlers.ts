import { translate } from '../../shared/i18n/messages';
import type { HandlerTable } from '../core/handlers-type';
import type { DbClient } from '../db/client';
import { BssClient, type Endpoints } from './bss-client';
import type { SyncEngine, Connection } from './engine';
import { RateLimiter } from './limiter';
import { SANDBOX_PROFILE_ID, type ProfileService } from './profiles';

type SyncHandlers = Pick<
  HandlerTable,
  | 'sync.status'
  | 'sync.start'
  | 'sync.cancel'
  | 'sync.setAutoSync'
  | 'sync.quarantine'
  | 'sync.profiles.list'
  | 'sync.profiles.save'
  | 'sync.profiles.remove'
  | 'sync.profiles.activate'
  | 'sync.profiles.test'
>;

export interface SyncDeps {
  db: DbClient;
  engine: SyncEngine;
  profiles: ProfileService;
  /** The connection of the sandbox profile (starts the embedded sandbox on first use). */
  sandboxConnection: () => Promise<Connection>;
}

export function syncHandlers(d: SyncDeps): SyncHandlers {
  return {
    'sync.status': () => d.engine.status(),
    'sync.start': async ({ kind }) => {
      await d.engine.start(kind);
      return d.engine.status();
    },
    'sync.cancel': async () => {
      d.engine.cancel();
      await d.engine.idle();
      return d.engine.status();
    },
    'sync.setAutoSync': async ({ enabled }) => {
      d.engine.setAutoSync(enabled);
      return d.engine.status();
    },
    'sync.quarantine': async (page) => {
      const { total, rows } = await d.db.run('sync.quarantineList', page);
      return {
        total,
        rows: rows.map((r) => ({
          resource: r.resource,
          recordKey: r.record_key,
          reason: r.reason,
          payload: r.payload,
          seenAt: r.seen_at,
        })),
      };
    },
    'sync.profiles.list': () => d.profiles.view(),
    'sync.profiles.save': (input) => d.profiles.save(input),
    'sync.profiles.remove': ({ id }) => d.profiles.remove(id),
    'sync.profiles.activate': async ({ id }) => {
      if (id !== d.profiles.activeId) {
        d.engine.cancel();
        await d.engine.idle();
        await d.profiles.activate(id);
      }
      return d.profiles.view();
    },
    'sync.profiles.test': async ({ id }, ctx) => {
      let target: { endpoints: Endpoints; credentials: { domain: string; user: string; password: string } } | null =
        null;
      if (id === SANDBOX_PROFILE_ID) target = await d.sandboxConnection();
      else {
        const c = await d.profiles.connection(id);
        if (!c) return { ok: false, message: translate(ctx.language, 'sync.error.noProfile') };
        if (c.password === null) return { ok: false, message: translate(ctx.language, 'sync.error.needsPassword') };
        target = { endpoints: c.endpoints, credentials: { domain: c.domain, user: c.user, password: c.password } };
      }
      const client = new BssClient({
        endpoints: target.endpoints,
        credentials: () => target.credentials,
        limiter: new RateLimiter({ ratePerSec: 10 }),
        maxAttempts: 2,
        offlineAfter: 1,
        timeoutMs: 15_000,
      });
      try {
        const { expiresAt } = await client.testConnection();
        return { ok: true, message: translate(ctx.language, 'sync.test.ok', { expiresAt }) };
      } catch (err) {
        return {
          ok: false,
          message: translate(ctx.language, 'sync.test.failed', { reason: (err as Error).message.slice(0, 200) }),
        };
      }
    },
  };
}
