import type { DbStatus } from '../../shared/app/schema';
import type { Language } from '../../shared/settings/schema';
import { translate } from '../../shared/i18n/messages';
import type { DbClient } from './client';

export async function dbStatusHandler(db: DbClient, latest: number, language: Language): Promise<DbStatus> {
  const base = {
    path: db.file,
    latestSchemaVersion: latest,
    sizeBytes: await db.sizeBytes(),
    slowQueries: db.slowQueries,
  };
  if (!db.isReady) {
    return {
      ...base,
      state: db.outcome.state === 'too-new' ? 'too-new' : 'failed',
      schemaVersion: db.outcome.state === 'too-new' ? db.outcome.found : 0,
      journalMode: 'unknown',
      recovered: null,
      message: dbProblem(db, language),
    };
  }
  const info = await db.run('db.info');
  const recovered = db.outcome.state === 'ready' ? db.outcome.recovered : null;
  return {
    ...base,
    state: 'ready',
    schemaVersion: info.schemaVersion,
    journalMode: info.journalMode,
    recovered,
    message: recovered ? translate(language, 'db.recovered', { movedTo: recovered.movedTo }) : null,
  };
}

/** The database problem, in the user's language, or null when it is usable. */
export function dbProblem(db: DbClient, language: Language): string | null {
  const o = db.outcome;
  if (o.state === 'too-new') return translate(language, 'error.dbTooNew', { found: o.found, supported: o.supported });
  if (o.state === 'failed') return translate(language, 'error.dbOpenFailed', { reason: o.reason });
  return null;
}
