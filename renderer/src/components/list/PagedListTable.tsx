import { useCallback, useEffect, type ReactNode } from 'react';
import { Button } from 'antd';
import type { StoreApi, UseBoundStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/useT';
import { rowAt, type PagedListState } from '../../stores/paged-list';
import { isFiltered } from './format';
import { ListCount } from './ListCount';
import { ListEmpty, ListErrorResult, ListInvalid } from './ListStates';
import { SearchField } from './SearchField';
import { VirtualTable, type Column } from './VirtualTable';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table needs only what every list has
type AnyListStore<Field extends string, Row> = UseBoundStore<StoreApi<PagedListState<any, Field, Row, any>>>;

interface PagedListTableProps<Field extends string, Row> {
  store: AnyListStore<Field, Row>;
  label: string;
  columns: Column<Row, Field>[];
  rowKey(row: Row): string;
  onOpen(row: Row): void;
  /** What an empty result of a filtered list says. */
  noMatch: string;
  /** The list's own empty state, instead of "nothing synced yet" / `noMatch` (lists of local data). */
  empty?: ReactNode;
}

/**
 * The body of a list screen over a paged-list store: the virtualized table with its empty
 * state (before the first sync, or no match), or the core's error with a retry. Reads the
 * first page on first show.
 */
export function PagedListTable<Field extends string, Row>(props: PagedListTableProps<Field, Row>) {
  const { store } = props;
  const state = store(
    useShallow((s) => ({
      filtered: isFiltered(s.filter),
      sort: s.sort,
      total: s.total,
      more: s.more,
      pages: s.pages,
      pageSize: s.pageSize,
      stale: s.stale,
      error: s.error,
      query: s.query,
    })),
  );
  const actions = store.getState();

  useEffect(() => store.getState().init(), [store]);
  const onRange = useCallback((a: number, b: number) => store.getState().ensureRange(a, b), [store]);

  if (state.error && !state.error.fields.length)
    return <ListErrorResult message={state.error.message} onRetry={actions.reload} />;
  return (
    <VirtualTable
      label={props.label}
      columns={props.columns}
      total={state.total}
      more={state.more}
      rowAt={(i) => rowAt(state, i)}
      rowKey={props.rowKey}
      onRange={onRange}
      sort={state.sort}
      onSort={actions.setSort}
      onOpen={props.onOpen}
      initialScrollTop={actions.scrollTop}
      onScrollTop={actions.setScrollTop}
      resetKey={state.query}
      busy={state.stale}
      empty={
        state.error ? (
          <ListInvalid />
        ) : props.empty ? (
          props.empty
        ) : (
          <ListEmpty filtered={state.filtered} noMatch={props.noMatch} onReset={actions.resetFilter} />
        )
      }
    />
  );
}

/** "共 N 个…" for a paged-list store, worded by `text` (which knows whether a filter is on). */
export function PagedListCount<Field extends string, Row>({
  store,
  text,
}: {
  store: AnyListStore<Field, Row>;
  text(count: string, filtered: boolean): string;
}) {
  const { total, more, stale, failed, filtered } = store(
    useShallow((s) => ({
      total: s.total,
      more: s.more,
      stale: s.stale,
      failed: s.error !== null,
      filtered: isFiltered(s.filter),
    })),
  );
  return <ListCount total={failed ? null : total} more={more} busy={stale} text={(count) => text(count, filtered)} />;
}

interface FilterBarProps<Field extends string, Row> {
  store: AnyListStore<Field, Row>;
  /** The search landmark's name. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** The list's own filters, between the search box and "clear filters". */
  children: ReactNode;
}

/**
 * The filter row of a list: search as you type first, then the list's own filters, then
 * "Clear filters" while any is on. Every change applies at once (the search after a pause).
 */
export function FilterBar<Field extends string, Row>(props: FilterBarProps<Field, Row>) {
  const t = useT();
  const { store } = props;
  const { search, invalid, filtered } = store(
    useShallow((s) => ({
      search: (s.filter as { search?: string }).search ?? '',
      invalid: Boolean(s.error?.fields.some((f) => f.field === 'search')),
      filtered: isFiltered(s.filter),
    })),
  );
  const { setFilter, resetFilter } = store.getState();
  return (
    <div className="list-filters" role="search" aria-label={props.label}>
      <SearchField
        className="list-search"
        label={props.searchLabel}
        placeholder={props.searchPlaceholder}
        value={search}
        invalid={invalid}
        onSearch={(text) => setFilter({ search: text || undefined })}
      />
      {props.children}
      {filtered && (
        <Button type="link" onClick={resetFilter} className="list-reset">
          {t('list.resetFilters')}
        </Button>
      )}
    </div>
  );
}
