import { settingsOps } from '../settings/repository';
import { dbInfoOps } from './status-repository';
import { syncOps } from '../sync/repository';
import { customerOps } from '../customers/repository';
import { orderOps } from '../orders/repository';
import { dashboardOps } from '../dashboard/repository';
import { billOps } from '../bills/repository';
import { invoiceOps } from '../invoices/repository';
import { invoiceExcelOps } from '../invoices/excel/repository';
import { backupOps } from '../backup/snapshot';
import { mergeOps } from '../backup/merge';
import { qrcodeOps } from '../qrcodes/repository';
import { qrcodeSetupOps } from '../qrcodes/setup-repository';
import { certificateOps } from '../certificates/repository';

/**
 * Every database operation the workers can run, by name. A feature adds its repository's
 * operations here; the DbClient's types follow automatically.
 */
export const operations = {
  ...dbInfoOps,
  ...settingsOps,
  ...syncOps,
  ...customerOps,
  ...orderOps,
  ...dashboardOps,
  ...billOps,
  ...invoiceOps,
  ...invoiceExcelOps,
  ...backupOps,
  ...mergeOps,
  ...qrcodeOps,
  ...qrcodeSetupOps,
  ...certificateOps,
};

export type Operations = typeof operations;
export type OpName = keyof Operations;
export type OpInput<K extends OpName> = Parameters<Operations[K]['run']>[1];
export type OpOutput<K extends OpName> = ReturnType<Operations[K]['run']>;
/** What a write's `preview` makes of its prepared input (never for an operation without one). */
export type OpPreview<K extends OpName> = Operations[K] extends { preview?: (input: never) => infer V } ? V : never;
