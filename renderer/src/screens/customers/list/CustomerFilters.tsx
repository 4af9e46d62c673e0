import { ASSOCIATION_TYPE, FROZEN, VERIFIED_STATUS, type Label } from '../../../../../shared/codes/bss';
import type { CustomerFilter } from '../../../../../shared/customers/schema';
import type { Language } from '../../../../../shared/settings/schema';
import { DateRangeField } from '../../../components/list/DateRangeField';
import { FilterSelect, type FilterOption } from '../../../components/list/FilterSelect';
import { FilterBar } from '../../../components/list/PagedListTable';
import { invalidFields } from '../../../components/list/ListStates';
import { useLanguage, useT } from '../../../i18n/useT';
import { useCustomersListStore } from '../../../stores/customers-list';

type Level = NonNullable<CustomerFilter['level']>;
const LEVELS: readonly string[] = ['V0', 'V1', 'V2', 'V3', 'V4', 'V5'];

/** Codes of a code table as options in the UI language, in the order given. */
function codeOptions<V extends string | number>(
  table: Record<string | number, Label>,
  codes: readonly V[],
  language: Language,
): FilterOption<V>[] {
  return codes.map((code) => ({ value: code, label: table[code]![language] }));
}

const plain = (values: readonly string[] | undefined): FilterOption<string>[] =>
  (values ?? []).map((v) => ({ value: v, label: v }));

/** The labels of the filter fields, for naming a refused one. */
export function customerFilterLabels(t: ReturnType<typeof useT>): Record<string, string> {
  return {
    search: t('customers.search'),
    associationType: t('customers.filter.associationType'),
    label: t('customers.filter.label'),
    verifiedStatus: t('customers.filter.verifiedStatus'),
    frozen: t('customers.filter.frozen'),
    level: t('customers.filter.level'),
    accountManager: t('customers.filter.accountManager'),
    associatedFrom: t('customers.filter.associatedOn'),
    associatedTo: t('customers.filter.associatedOn'),
  };
}

/** Search and the filters of the customer list; every change applies at once (search after a pause). */
export function CustomerFilters() {
  const t = useT();
  const language = useLanguage();
  const filter = useCustomersListStore((s) => s.filter);
  const facets = useCustomersListStore((s) => s.facets);
  const error = useCustomersListStore((s) => s.error);
  const setFilter = useCustomersListStore((s) => s.setFilter);
  const invalid = invalidFields(error);
  const any = t('list.any');

  return (
    <FilterBar
      store={useCustomersListStore}
      label={t('customers.filters')}
      searchLabel={t('customers.search')}
      searchPlaceholder={t('customers.searchPlaceholder')}
    >
      <FilterSelect<NonNullable<CustomerFilter['associationType']>>
        label={t('customers.filter.associationType')}
        placeholder={any}
        options={codeOptions(ASSOCIATION_TYPE, ['1', '2'] as const, language)}
        value={filter.associationType}
        onChange={(associationType) => setFilter({ associationType })}
      />
      <FilterSelect<NonNullable<CustomerFilter['verifiedStatus']>>
        label={t('customers.filter.verifiedStatus')}
        placeholder={any}
        width={200}
        options={codeOptions(VERIFIED_STATUS, ['2', '0', '1', '-1'] as const, language)}
        value={filter.verifiedStatus}
        onChange={(verifiedStatus) => setFilter({ verifiedStatus })}
      />
      <FilterSelect<0 | 1 | 2>
        label={t('customers.filter.frozen')}
        placeholder={any}
        width={200}
        options={codeOptions(FROZEN, [0, 1, 2] as const, language)}
        value={filter.frozen}
        onChange={(frozen) => setFilter({ frozen })}
      />
      <FilterSelect<Level>
        label={t('customers.filter.level')}
        placeholder={any}
        width={140}
        loading={!facets}
        options={plain(facets?.levels.filter((l) => LEVELS.includes(l))) as FilterOption<Level>[]}
        value={filter.level}
        onChange={(level) => setFilter({ level })}
      />
      <FilterSelect<string>
        label={t('customers.filter.label')}
        placeholder={any}
        loading={!facets}
        options={plain(facets?.labels)}
        value={filter.label}
        onChange={(label) => setFilter({ label })}
      />
      <FilterSelect<string>
        label={t('customers.filter.accountManager')}
        placeholder={any}
        width={190}
        loading={!facets}
        options={plain(facets?.accountManagers)}
        value={filter.accountManager}
        onChange={(accountManager) => setFilter({ accountManager })}
      />
      <DateRangeField
        label={t('customers.filter.associatedOn')}
        from={filter.associatedFrom}
        to={filter.associatedTo}
        invalid={invalid.has('associatedFrom') || invalid.has('associatedTo')}
        onChange={(associatedFrom, associatedTo) => setFilter({ associatedFrom, associatedTo })}
      />
    </FilterBar>
  );
}
