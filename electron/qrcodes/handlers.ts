import type { HandlerTable } from '../core/handlers-type';
import type { QrPrintService } from './print-service';
import type { QrCodeService } from './service';

type QrHandlers = Pick<HandlerTable, Extract<keyof HandlerTable, `qrcodes.${string}`>>;

/** Expansion QR codes: all local, online or not. */
export function qrcodeHandlers(s: QrCodeService, print: QrPrintService): QrHandlers {
  return {
    'qrcodes.list': (input) => s.list(input),
    'qrcodes.get': ({ id }) => s.get(id),
    'qrcodes.facets': () => s.facets(),
    'qrcodes.create': (fields, ctx) => s.create(fields, ctx.language),
    'qrcodes.createBatch': (input, ctx) => s.createBatch(input, ctx.language),
    'qrcodes.update': ({ id, fields }, ctx) => s.update(id, fields, ctx.language),
    'qrcodes.duplicate': ({ id }) => s.duplicate(id),
    'qrcodes.archive': ({ ids, archived }) => s.archive(ids, archived),
    'qrcodes.timeline': ({ ids }) => s.timeline(ids),
    'qrcodes.forCustomer': ({ customerId }) => s.forCustomer(customerId),
    'qrcodes.setup.get': () => s.setup(),
    'qrcodes.setup.set': (patch) => s.setSetup(patch),
    'qrcodes.layout.get': (_input, ctx) => s.layout(ctx.language),
    'qrcodes.layout.set': (spec) => s.setLayout(spec),
    'qrcodes.pdf': ({ ids, layout }) => print.pdf(ids, layout),
    'qrcodes.print': ({ ids, layout }) => print.print(ids, layout),
    'qrcodes.exportImage': ({ id, format, layout }) => print.image(id, format, layout),
  };
}
