import { z } from 'zod';

/** Where the app syncs from. Sandbox is the embedded demo API (the default). */
export const ProfileKind = z.enum(['sandbox', 'china', 'international', 'europe']);
export type ProfileKind = z.infer<typeof ProfileKind>;

/** A connection profile as the renderer sees it: never the password, only whether one is held. */
export const Profile = z.object({
  id: z.string(),
  kind: ProfileKind,
  name: z.string(),
  domain: z.string(),
  user: z.string(),
  hasPassword: z.boolean(),
  rememberPassword: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

const name = z.string().trim().min(1).max(64);
/** IAM account (domain) and user names: no spaces, printable. */
const iamName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\s]+$/, 'no spaces');

export const ProfileInput = z
  .object({
    id: z.string().max(64).optional(),
    kind: z.enum(['china', 'international', 'europe']),
    name,
    domain: iamName,
    user: iamName,
    /** Omitted: keep the stored password. Empty string: forget it. */
    password: z.string().max(256).optional(),
    rememberPassword: z.boolean(),
  })
  .strict();
export type ProfileInput = z.infer<typeof ProfileInput>;

export const ProfilesView = z.object({
  profiles: z.array(Profile),
  activeId: z.string(),
  /** 'os': passwords can be kept with the OS keychain; 'session': only until the app quits. */
  secretStorage: z.enum(['os', 'session']),
});
export type ProfilesView = z.infer<typeof ProfilesView>;

export const SYNC_RESOURCES = ['customers', 'orders', 'refund_infos', 'bill_sums', 'fee_records'] as const;
export const SyncResource = z.enum(SYNC_RESOURCES);
export type SyncResource = z.infer<typeof SyncResource>;

export const ResourceProgress = z.object({
  resource: SyncResource,
  state: z.enum(['waiting', 'running', 'done']),
  scopesTotal: z.number().int(),
  scopesDone: z.number().int(),
  pages: z.number().int(),
  records: z.number().int(),
  quarantined: z.number().int(),
  /** Requests per second over the last few seconds. */
  rate: z.number(),
  /** Seconds left, estimated; null when not yet known. */
  etaSeconds: z.number().nullable(),
  /** 0..1 for the progress bar. */
  fraction: z.number(),
});
export type ResourceProgress = z.infer<typeof ResourceProgress>;

export const ResourceSummary = z.object({
  resource: SyncResource,
  rows: z.number().int(),
  quarantined: z.number().int(),
  lastSyncedAt: z.string().nullable(),
  lastFullAt: z.string().nullable(),
});
export type ResourceSummary = z.infer<typeof ResourceSummary>;

export const SyncState = z.enum(['idle', 'syncing', 'offline', 'error', 'needs-password']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncRunInfo = z.object({
  id: z.number().int(),
  kind: z.enum(['full', 'incremental']),
  status: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  requests: z.number().int(),
  records: z.number().int(),
});

export const SyncStatus = z.object({
  state: SyncState,
  profile: Profile,
  /** Plain-language reason for offline/error/needs-password, in the UI language. */
  message: z.string().nullable(),
  run: SyncRunInfo.nullable(),
  progress: z.array(ResourceProgress),
  resources: z.array(ResourceSummary),
  autoSync: z.object({ enabled: z.boolean(), intervalMinutes: z.number().int(), nextAt: z.string().nullable() }),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const QuarantinePage = z.object({
  total: z.number().int(),
  rows: z.array(
    z.object({
      resource: z.string(),
      recordKey: z.string(),
      reason: z.string(),
      payload: z.string(),
      seenAt: z.string(),
    }),
  ),
});
export type QuarantinePage = z.infer<typeof QuarantinePage>;

export const PageRequest = z
  .object({
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(500),
  })
  .strict();
