import path from 'node:path';
import type { Transport } from '../../shared/app/schema';
import type { Language } from '../../shared/settings/schema';
import { DbClient } from '../db/client';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { SettingsService } from '../settings/service';
import { startSandbox, type Sandbox, type Scale } from '../sandbox';
import { makeIdentity } from '../sandbox/iam';
import { seedOf } from '../sandbox/data/prng';
import { SyncEngine, type Connection, type SyncEngineOptions } from '../sync/engine';
import { ProfileService, SANDBOX_PROFILE_ID } from '../sync/profiles';
import { SessionSecretStore, type SecretStore } from '../sync/secrets';
import { ExportService } from '../exports/service';
import { InvoiceService } from '../invoices/service';
import { InvoicePdfService } from '../invoices/pdf/service';
import { InvoiceExcelService } from '../invoices/excel/service';
import { PrintError, type PdfPrinter } from './pdf-printer';
import { BackupService } from '../backup/service';
import { CertificateService } from '../certificates/service';
import { CertificateCsvImport } from '../certificates/csv-import';
import { CertificateOutputs } from '../certificates/outputs';
import { QrCodeService } from '../qrcodes/service';
import { QrPrintService } from '../qrcodes/print-service';
import { createDispatcher, type Dispatcher } from './dispatch';
import { EventBus } from './events';
import { buildHandlers } from './handlers';
import { createFileLogger, type Logger } from './logger';
import { APP_NAME, APP_VERSION } from './version';

export interface CoreOptions {
  dataDir: string;
  transport: Transport;
  /** The bundled db worker script; defaults to the one next to the bundle. */
  dbWorkerScript?: string | URL;
  nativeBinding?: string;
  /** Language chosen on the command line; stored as the user's setting at start. */
  language?: Language;
  logger?: Logger;
  runtime?: Record<string, string>;
  /** Where passwords are kept; the Electron shell passes its safeStorage-backed store. */
  secrets?: SecretStore;
  /** The embedded sandbox API of the Sandbox profile. */
  sandbox?: {
    scale?: Scale;
    ratePerSec?: number;
    seed?: string;
    /**
     * Use a sandbox already running at this URL (started with the same seed, e.g.
     * `npm run sandbox -- --seed partner-workstation-demo`) instead of embedding one — so
     * tests can take the API away by stopping that process.
     */
    url?: string;
  };
  /** Start syncing at launch and every interval (default true). */
  autoSync?: boolean;
  /** Electron's save dialog for exports; without it (browser host) exports become downloads. */
  chooseSavePath?: (defaultName: string) => Promise<string | null>;
  /** Electron's open dialog for a backup to import; without it (browser host) the file is uploaded. */
  chooseOpenPath?: () => Promise<string | null>;
  /** Chromium's print-to-PDF of this shell (host: headless system Chromium; Electron: printToPDF). */
  pdfPrinter?: PdfPrinter;
  /** The clock certificate reminders go by (tests set it); the system clock by default. */
  clock?: () => Date;
  /** Engine tuning for tests and benchmarks. */
  sync?: Partial<
    Pick<SyncEngineOptions, 'concurrency' | 'plan' | 'offlineRetryMs' | 'autoSyncMinutes' | 'maxAttempts'>
  >;
}

export interface Core {
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly db: DbClient;
  readonly settings: SettingsService;
  readonly logger: Logger;
  readonly options: CoreOptions;
  readonly sync: SyncEngine;
  readonly profiles: ProfileService;
  readonly exports: ExportService;
  readonly backups: BackupService;
  readonly certificates: CertificateService;
  close(): Promise<void>;
}

/** A shell that brings no printer: PDFs are refused with the "no Chromium" message. */
const NO_PRINTER: PdfPrinter = {
  printToPdf: () => Promise.reject(new PrintError('noChromium', 'this shell has no PDF printer')),
};

export const DB_FILE_NAME = 'workstation.db';
/** Every install's Sandbox profile shows the same demo data. */
export const SANDBOX_SEED = 'partner-workstation-demo';

/**
 * Starts the shell-independent core: logger, database workers, services, handler table.
 * Both the Electron shell and the browser host call this and only differ in transport.
 * A database that cannot be used does not stop the core: the UI must still come up to
 * tell the user why.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? createFileLogger(path.join(options.dataDir, 'logs'));
  const bus = new EventBus();
  const db = new DbClient({
    file: path.join(options.dataDir, DB_FILE_NAME),
    workerScript: options.dbWorkerScript ?? new URL('./db-worker.js', import.meta.url),
    nativeBinding: options.nativeBinding,
    logger,
  });
  await db.open();
  const settings = new SettingsService(db, bus, logger);
  await settings.load();
  if (options.language && options.language !== settings.value.language) {
    // Persisted when possible; with an unusable database it still applies to this run,
    // so the "database unavailable" screen speaks the language asked for.
    if (db.isReady) await settings.update({ language: options.language });
    else settings.applyForThisRun({ language: options.language });
  }
  const profiles = new ProfileService(db, options.secrets ?? new SessionSecretStore());
  await profiles.load();

  // The Sandbox profile's API runs inside this process, started on first use.
  let sandbox: Promise<Sandbox> | null = null;
  const sandboxSeed = options.sandbox?.seed ?? SANDBOX_SEED;
  const sandboxConnection = async (): Promise<Connection> => {
    if (options.sandbox?.url) {
      const { credentials } = makeIdentity(seedOf(sandboxSeed));
      profiles.sandboxCredentials = { domain: credentials.domain, user: credentials.user };
      const url = options.sandbox.url;
      return { endpoints: { iam: url, bss: url }, credentials, ratePerSec: options.sandbox?.ratePerSec ?? 10 };
    }
    sandbox ??= startSandbox({
      port: 0,
      scale: options.sandbox?.scale ?? 'small',
      seed: sandboxSeed,
      ratePerSec: options.sandbox?.ratePerSec ?? 10,
    });
    const sb = await sandbox;
    profiles.sandboxCredentials = { domain: sb.credentials.domain, user: sb.credentials.user };
    return {
      endpoints: { iam: sb.baseUrl, bss: sb.baseUrl },
      credentials: sb.credentials,
      ratePerSec: options.sandbox?.ratePerSec ?? 10,
    };
  };
  const sync = new SyncEngine({
    db,
    bus,
    logger,
    profiles,
    language: () => settings.value.language,
    connect: async () => {
      if (profiles.activeId === SANDBOX_PROFILE_ID) return sandboxConnection();
      const c = await profiles.connection(profiles.activeId);
      if (!c || c.password === null) return null;
      return {
        endpoints: c.endpoints,
        credentials: { domain: c.domain, user: c.user, password: c.password },
        ratePerSec: 10,
      };
    },
    ...options.sync,
  });

  const exports = new ExportService({
    db,
    bus,
    logger,
    dataDir: options.dataDir,
    language: () => settings.value.language,
    chooseSavePath: options.chooseSavePath,
  });

  const outputDeps = {
    db,
    logger,
    dataDir: options.dataDir,
    chooseSavePath: options.chooseSavePath,
    exports,
    language: () => settings.value.language,
  };
  const invoiceOutputs = {
    pdf: new InvoicePdfService({ ...outputDeps, profiles, printer: options.pdfPrinter ?? NO_PRINTER }),
    excel: new InvoiceExcelService(outputDeps),
  };

  const backups = new BackupService({
    db,
    logger,
    dataDir: options.dataDir,
    chooseSavePath: options.chooseSavePath,
    chooseOpenPath: options.chooseOpenPath,
    exports,
    latestSchema: LATEST_SCHEMA_VERSION,
    afterImport: async () => {
      await settings.load();
      await profiles.load();
      bus.emit('settings.changed', settings.value);
    },
  });

  const qrCodes = new QrCodeService(db, profiles);
  const qrcodes = {
    codes: qrCodes,
    print: new QrPrintService({ ...outputDeps, codes: qrCodes, printer: options.pdfPrinter ?? NO_PRINTER }),
  };

  const certificateService = new CertificateService({
    db,
    dataDir: options.dataDir,
    logger,
    clock: options.clock,
    onReminders: (reminders) => bus.emit('certificates.reminders', reminders),
  });
  const certificates = {
    service: certificateService,
    csv: new CertificateCsvImport(db, certificateService, () => settings.value.language),
    outputs: new CertificateOutputs({
      ...outputDeps,
      certificates: certificateService,
      printer: options.pdfPrinter ?? NO_PRINTER,
    }),
  };
  // The orphan-file sweep, then the expiry reminders (the sweep is done before any file is added).
  if (db.isReady) void certificateService.start();

  const handlers = buildHandlers({
    db,
    settings,
    info: {
      name: APP_NAME,
      version: APP_VERSION,
      transport: options.transport,
      dataDir: options.dataDir,
      platform: `${process.platform}-${process.arch}`,
      runtime: { node: process.versions.node, ...options.runtime },
    },
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    sync: { db, engine: sync, profiles, sandboxConnection },
    exports,
    invoices: new InvoiceService(db, profiles),
    invoiceOutputs,
    backups,
    qrcodes,
    certificates,
  });
  const dispatcher = createDispatcher(handlers, { language: () => settings.value.language, logger });
  // The daily backup, once start-up is out of the way (it copies the database in the writer).
  const startupBackup = setTimeout(() => void backups.startup().catch(() => {}), 3000);
  startupBackup.unref();
  if (db.isReady && options.autoSync !== false) {
    sync.setAutoSync(true);
    void sync.start().catch((err) => logger.error('sync did not start', { error: String(err) }));
  }
  logger.info('core started', { transport: options.transport, db: db.outcome.state });
  return {
    dispatcher,
    bus,
    db,
    settings,
    logger,
    options,
    sync,
    profiles,
    exports,
    backups,
    certificates: certificateService,
    async close() {
      clearTimeout(startupBackup);
      certificateService.close();
      await backups.close();
      await options.pdfPrinter?.close?.().catch(() => {});
      await sync.close();
      if (sandbox) await (await sandbox).close();
      await db.close();
    },
  };
}
