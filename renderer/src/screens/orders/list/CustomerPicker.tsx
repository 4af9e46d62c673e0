import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { invoke } from '../../../ipc/client';
import { useT } from '../../../i18n/useT';

interface Option {
  value: string;
  label: string;
}

const LIMIT = 30;

/**
 * The customer filter: type part of a name, account name or id, pick from the matches
 * (read from the local database as one types, never the whole customer list). A customer
 * chosen elsewhere (the customer page's "view orders") is shown by name.
 */
export function CustomerPicker({ value, onChange }: { value: string | undefined; onChange(id?: string): void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const [chosen, setChosen] = useState<Option | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      invoke('customers.list', {
        filter: search.trim() ? { search: search.slice(0, 200) } : {},
        sort: { field: 'name', order: 'asc' },
        offset: 0,
        limit: LIMIT,
      })
        .then((page) => {
          if (live) setOptions(page.rows.map((c) => ({ value: c.customerId, label: c.name ?? c.accountName })));
        })
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  useEffect(() => {
    if (!value || chosen?.value === value) return;
    let live = true;
    invoke('customers.detail', { customerId: value }).then(
      (d) => live && setChosen({ value, label: d.customer.name ?? d.customer.accountName }),
      () => live && setChosen({ value, label: value }),
    );
    return () => {
      live = false;
    };
  }, [value, chosen]);

  const shown = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select<string>
      className="list-filter"
      style={{ width: 220 }}
      prefix={<span className="list-filter-prefix">{t('orders.filter.customer')}</span>}
      aria-label={t('orders.filter.customer')}
      placeholder={t('orders.filter.customerPlaceholder')}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      options={shown}
      value={value}
      onChange={(id) => {
        const option = shown.find((o) => o.value === id);
        if (option) setChosen(option);
        setSearch('');
        onChange(id ?? undefined);
      }}
      popupMatchSelectWidth={320}
    />
  );
}
