import { Select } from 'antd';

export interface FilterOption<V> {
  value: V;
  label: string;
}

interface FilterSelectProps<V extends string | number> {
  label: string;
  options: FilterOption<V>[];
  placeholder: string;
  width?: number;
  loading?: boolean;
}

interface SingleProps<V extends string | number> extends FilterSelectProps<V> {
  value: V | undefined;
  onChange(value: V | undefined): void;
}

interface MultiProps<V extends string | number> extends FilterSelectProps<V> {
  value: V[] | undefined;
  onChange(value: V[] | undefined): void;
}

/** What every filter dropdown shares: its name inside the control (a chosen value still says what it filters). */
function common<V extends string | number>(props: FilterSelectProps<V>, width: number) {
  return {
    className: 'list-filter',
    style: { width: props.width ?? width },
    prefix: <span className="list-filter-prefix">{props.label}</span>,
    'aria-label': props.label,
    placeholder: props.placeholder,
    allowClear: true,
    loading: props.loading,
    options: props.options,
    popupMatchSelectWidth: false,
  };
}

/** One filter value, clearable; searchable when the list is long. */
export function FilterSelect<V extends string | number>(props: SingleProps<V>) {
  return (
    <Select<V>
      {...common(props, 170)}
      showSearch={props.options.length > 8 ? { optionFilterProp: 'label' } : false}
      value={props.value}
      onChange={(v) => props.onChange(v ?? undefined)}
    />
  );
}

/** A filter that takes several values (any of them matches). */
export function FilterMultiSelect<V extends string | number>(props: MultiProps<V>) {
  return (
    <Select<V[]>
      {...common(props, 200)}
      mode="multiple"
      maxTagCount="responsive"
      showSearch={{ optionFilterProp: 'label' }}
      value={props.value ?? []}
      onChange={(v) => props.onChange(v.length ? v : undefined)}
    />
  );
}
