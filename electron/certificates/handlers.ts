import type { HandlerTable } from '../core/handlers-type';
import type { CertificateCsvImport } from './csv-import';
import type { CertificateOutputs } from './outputs';
import type { CertificateService } from './service';

type CertificateChannel = Extract<keyof HandlerTable, `certificates.${string}`>;

export interface CertificateDeps {
  service: CertificateService;
  csv: CertificateCsvImport;
  outputs: CertificateOutputs;
}

/** Certificates: all local, online or not. */
export function certificateHandlers(d: CertificateDeps): Pick<HandlerTable, CertificateChannel> {
  const s = d.service;
  return {
    'certificates.list': (input) => s.list(input),
    'certificates.get': ({ id }) => s.get(id),
    'certificates.create': (input) => s.create(input),
    'certificates.update': (input) => s.update(input),
    'certificates.bind': (input) => s.bind(input),
    'certificates.unbind': (input) => s.unbind(input),
    'certificates.transfer': (input) => s.transfer(input),
    'certificates.undo': (input) => s.undo(input),
    'certificates.uploadSlot': () => s.uploadSlot(),
    'certificates.inspectUpload': ({ ticket }) => s.inspectUpload(ticket),
    'certificates.openFile': ({ id }) => s.openFile(id),
    'certificates.inbox': () => s.inbox(),
    'certificates.markRead': ({ ids }) => s.markRead(ids),
    'certificates.expiring': () => s.expiring(),
    'certificates.previewImport': ({ csv }) => d.csv.preview(csv),
    'certificates.confirmImport': ({ token }) => d.csv.confirm(token),
    'certificates.exportCsv': () => d.outputs.exportCsv(),
    'certificates.bidPack': ({ ids, title }) => d.outputs.bidPack(ids, title),
  };
}
