import { useShallow } from 'zustand/react/shallow';
import { FilterBar } from '../../components/list/PagedListTable';
import { FilterSelect } from '../../components/list/FilterSelect';
import { SearchField } from '../../components/list/SearchField';
import {
  COMPANY_KINDS,
  PERSONAL_LEVELS,
  StoredStatus,
  type CertificateKind,
  type CertificateScope,
  type CertificateStatus,
} from '../../../../shared/certificates/schema';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { useCertificatesListStore } from '../../stores/certificates-list';

const WITHIN = [7, 30, 90, 180] as const;

/** Search, then category, kind, status, holder and "expiring within N days". */
export function CertificateFilters() {
  const t = useT();
  const filter = useCertificatesListStore(useShallow((s) => s.filter));
  const { setFilter } = useCertificatesListStore.getState();
  const kinds: readonly CertificateKind[] =
    filter.scope === 'company'
      ? COMPANY_KINDS
      : filter.scope === 'personal'
        ? PERSONAL_LEVELS
        : [...COMPANY_KINDS, ...PERSONAL_LEVELS];
  return (
    <FilterBar
      store={useCertificatesListStore}
      label={t('certificates.filters')}
      searchLabel={t('certificates.search')}
      searchPlaceholder={t('certificates.searchPlaceholder')}
    >
      <FilterSelect<CertificateScope>
        label={t('certificates.filter.scope')}
        placeholder={t('certificates.filter.any')}
        value={filter.scope}
        options={(['company', 'personal'] as const).map((s) => ({ value: s, label: t(`certificates.scope.${s}`) }))}
        onChange={(scope) => setFilter({ scope, kind: undefined })}
        width={150}
      />
      <FilterSelect<CertificateKind>
        label={t('certificates.filter.kind')}
        placeholder={t('certificates.filter.any')}
        value={filter.kind}
        options={kinds.map((k) => ({ value: k, label: t(`certificates.kind.${k}` as MessageKey) }))}
        onChange={(kind) => setFilter({ kind })}
        width={220}
      />
      <FilterSelect<CertificateStatus>
        label={t('certificates.filter.status')}
        placeholder={t('certificates.filter.any')}
        value={filter.status}
        options={StoredStatus.options.map((s) => ({ value: s, label: t(`certificates.status.${s}`) }))}
        onChange={(status) => setFilter({ status })}
        width={150}
      />
      <FilterSelect<number>
        label={t('certificates.filter.expiring')}
        placeholder={t('certificates.filter.any')}
        value={filter.expiringWithin}
        options={WITHIN.map((days) => ({ value: days, label: t('certificates.filter.expiringWithin', { days }) }))}
        onChange={(expiringWithin) => setFilter({ expiringWithin })}
        width={210}
      />
      <SearchField
        className="cert-holder"
        label={t('certificates.holder')}
        placeholder={t('certificates.holder')}
        value={filter.holder ?? ''}
        prefix={<span className="list-filter-prefix">{t('certificates.holder')}</span>}
        onSearch={(holder) => setFilter({ holder: holder || undefined })}
      />
    </FilterBar>
  );
}
