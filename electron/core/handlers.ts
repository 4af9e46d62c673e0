import type { AppInfo } from '../../shared/app/schema';
import type { DbClient } from '../db/client';
import type { SettingsService } from '../settings/service';
import { dbStatusHandler } from '../db/handlers';
import type { HandlerTable } from './handlers-type';
import { syncHandlers, type SyncDeps } from '../sync/handlers';
import { browseHandlers } from '../orders/handlers';
import { billsHandlers } from '../bills/handlers';
import type { ExportService } from '../exports/service';
import { invoiceHandlers } from '../invoices/handlers';
import { invoiceOutputHandlers, type InvoiceOutputs } from '../invoices/output-handlers';
import { backupAfterInvoiceChanges, backupHandlers } from '../backup/handlers';
import type { BackupService } from '../backup/service';
import type { InvoiceService } from '../invoices/service';
import { certificateHandlers, type CertificateDeps } from '../certificates/handlers';
import { qrcodeHandlers } from '../qrcodes/handlers';
import type { QrCodeService } from '../qrcodes/service';
import type { QrPrintService } from '../qrcodes/print-service';

export interface HandlerDeps {
  db: DbClient;
  settings: SettingsService;
  info: AppInfo;
  latestSchemaVersion: number;
  sync: SyncDeps;
  exports: ExportService;
  invoices: InvoiceService;
  invoiceOutputs: InvoiceOutputs;
  backups: BackupService;
  certificates: CertificateDeps;
  qrcodes: { codes: QrCodeService; print: QrPrintService };
}

/** The one handler table. Typed from the contract: a missing channel is a compile error. */
export function buildHandlers(deps: HandlerDeps): HandlerTable {
  const table: HandlerTable = {
    'app.info': () => deps.info,
    'settings.get': () => deps.settings.value,
    'settings.set': (patch) => deps.settings.update(patch),
    'db.status': (_input, ctx) => dbStatusHandler(deps.db, deps.latestSchemaVersion, ctx.language),
    ...syncHandlers(deps.sync),
    ...browseHandlers({ db: deps.db, engine: deps.sync.engine, exports: deps.exports }),
    ...billsHandlers({ db: deps.db }),
    ...invoiceHandlers(deps.invoices),
    ...invoiceOutputHandlers(deps.invoiceOutputs),
    ...backupHandlers(deps.backups),
    ...certificateHandlers(deps.certificates),
    ...qrcodeHandlers(deps.qrcodes.codes, deps.qrcodes.print),
  };
  // Issuing or voiding an invoice is followed by an automatic backup.
  return backupAfterInvoiceChanges(table, deps.backups);
}
