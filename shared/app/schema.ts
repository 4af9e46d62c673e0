import { z } from 'zod';

export const Transport = z.enum(['electron', 'browser-host']);
export type Transport = z.infer<typeof Transport>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: Transport,
  dataDir: z.string(),
  platform: z.string(),
  /** Versions of the runtime pieces, shown on the About view. */
  runtime: z.record(z.string(), z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * The local database as the user should see it. `state` is not just "ok": a database
 * written by a newer app is refused (and left untouched), and a damaged one is moved
 * aside — both must be told to the user, not hidden.
 */
export const DbState = z.enum(['ready', 'too-new', 'failed']);
export type DbState = z.infer<typeof DbState>;

export const DbRecovery = z.object({
  /** Where the damaged file was moved; nothing is deleted. */
  movedTo: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type DbRecovery = z.infer<typeof DbRecovery>;

export const DbStatus = z.object({
  state: DbState,
  path: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  latestSchemaVersion: z.number().int().nonnegative(),
  /** Bytes of the main file plus its WAL; a count, not money, so a number is fine. */
  sizeBytes: z.number().int().nonnegative(),
  journalMode: z.string(),
  slowQueries: z.number().int().nonnegative(),
  recovered: DbRecovery.nullable(),
  /** Why the database is not usable, in the user's language; null when ready. */
  message: z.string().nullable(),
});
export type DbStatus = z.infer<typeof DbStatus>;
