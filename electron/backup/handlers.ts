import type { HandlerTable } from '../core/handlers-type';
import type { BackupService } from './service';

type BackupHandlers = Pick<
  HandlerTable,
  | 'backups.list'
  | 'backups.create'
  | 'backups.export'
  | 'backups.uploadSlot'
  | 'backups.previewImport'
  | 'backups.import'
>;

export function backupHandlers(b: BackupService): BackupHandlers {
  return {
    'backups.list': () => b.list(),
    'backups.create': () => b.create('manual'),
    'backups.export': () => b.export(),
    'backups.uploadSlot': () => b.uploadSlot(),
    'backups.previewImport': ({ source }) => b.preview(source),
    'backups.import': ({ token }) => b.import(token),
  };
}

/**
 * Issuing or voiding an invoice is followed by an automatic backup: the invoice handlers
 * are wrapped here, so the invoice feature does not need to know about backups.
 */
export function backupAfterInvoiceChanges<T extends Pick<HandlerTable, 'invoices.issue' | 'invoices.void'>>(
  handlers: T,
  b: Pick<BackupService, 'afterInvoiceChange'>,
): T {
  const issue = handlers['invoices.issue'];
  const voidIt = handlers['invoices.void'];
  return {
    ...handlers,
    'invoices.issue': async (input, ctx) => {
      const out = await issue(input, ctx);
      b.afterInvoiceChange('issue');
      return out;
    },
    'invoices.void': async (input, ctx) => {
      const out = await voidIt(input, ctx);
      b.afterInvoiceChange('void');
      return out;
    },
  };
}
