import type { HandlerTable } from '../core/handlers-type';
import type { InvoiceService } from './service';

type InvoiceHandlers = Pick<
  HandlerTable,
  | 'invoices.list'
  | 'invoices.get'
  | 'invoices.pool'
  | 'invoices.create'
  | 'invoices.save'
  | 'invoices.issue'
  | 'invoices.void'
  | 'invoices.delete'
  | 'invoices.sequence'
  | 'invoices.setPrefix'
>;

/** Invoice preparation: all local, online or not. */
export function invoiceHandlers(s: InvoiceService): InvoiceHandlers {
  return {
    'invoices.list': (input) => s.list(input),
    'invoices.get': ({ id }) => s.get(id),
    'invoices.pool': (input) => s.pool(input),
    'invoices.create': (input) => s.create(input),
    'invoices.save': (input) => s.save(input),
    'invoices.issue': (input) => s.issue(input),
    'invoices.void': (input) => s.void(input),
    'invoices.delete': ({ id }) => s.delete(id),
    'invoices.sequence': () => s.sequence(),
    'invoices.setPrefix': ({ prefix }) => s.setPrefix(prefix),
  };
}
