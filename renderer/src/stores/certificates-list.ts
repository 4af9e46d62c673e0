import {
  CertificateListInput,
  type CertificateKind,
  type CertificateScope,
  type CertificateStatus,
  type CertificateView,
} from '../../../shared/certificates/schema';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

/** What the certificate list is narrowed to; every field optional (none = all). */
export interface CertificateFilter {
  scope?: CertificateScope;
  kind?: CertificateKind;
  status?: CertificateStatus;
  search?: string;
  holder?: string;
  /** Not yet expired and expiring within this many days. */
  expiringWithin?: number;
}

/** The core's list input for a filter and a page (empty texts are no filter). */
export function certificateListInput(filter: CertificateFilter, offset: number, limit: number) {
  const out: Record<string, unknown> = { offset, limit };
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') out[k] = v;
  return out as CertificateListInput;
}

/**
 * The certificate list (#/certificates): soonest expiry first (what a rep preparing a bid
 * looks for), the core's only order — so no column sorts.
 */
export const useCertificatesListStore = createPagedListStore<CertificateFilter, 'expiry', CertificateView, null>({
  initialFilter: {},
  initialSort: { field: 'expiry', order: 'asc' },
  fetch: (filter, _sort, offset, limit) => invoke('certificates.list', certificateListInput(filter, offset, limit)),
  fetchFacets: () => Promise.resolve(null),
  validate: (filter) => zodIssues(CertificateListInput.safeParse(certificateListInput(filter, 0, 1))),
});
