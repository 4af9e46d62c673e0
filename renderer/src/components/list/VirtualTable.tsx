import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { CaretDownFilled, CaretUpFilled } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../i18n/useT';
import './virtual-table.css';

export interface Column<Row, Field extends string> {
  key: string;
  title: string;
  /** px; a column without a width takes what is left. */
  width?: number;
  align?: 'start' | 'end';
  /** The sort field this column orders by, and the order a first click asks for. */
  sort?: { field: Field; first: 'asc' | 'desc' };
  render(row: Row): ReactNode;
  /** The cell's hover text where `render` is not plain text (a tag that may be cut short). */
  hint?(row: Row): string;
}

interface VirtualTableProps<Row, Field extends string> {
  /** The table's accessible name. */
  label: string;
  columns: Column<Row, Field>[];
  /** Rows in the whole list (null: not known yet, placeholder rows are drawn). */
  total: number | null;
  /** `total` is a lower bound (more rows follow): the row count is unknown to assistive tech. */
  more?: boolean;
  rowAt(index: number): Row | undefined;
  rowKey(row: Row): string;
  /** The rows `first..last` are (about to be) on screen. */
  onRange(first: number, last: number): void;
  sort: { field: Field; order: 'asc' | 'desc' };
  onSort(sort: { field: Field; order: 'asc' | 'desc' }): void;
  /** A click on a row (outside its links and buttons). */
  onOpen(row: Row): void;
  /** Scroll position to start at, and where the user scrolled to (kept by the store). */
  initialScrollTop: number;
  onScrollTop(top: number): void;
  /** Changes when a new query starts: the table goes back to the top. */
  resetKey: number;
  /** The rows shown are about to be replaced. */
  busy: boolean;
  /** Shown under the header when the list is empty. */
  empty?: ReactNode;
}

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
const PLACEHOLDER_ROWS = 8;
/** The least a column without a width gets; narrower windows scroll sideways instead. */
const FLEX_MIN = 180;

/**
 * A real <table> (rows, column headers and sort state for screen readers and tests) whose
 * body holds only the rows in view plus a few either side: a spacer row above and below
 * stands in for the rest, so a list of 200k orders keeps a few dozen row nodes. Rows not
 * read yet are drawn as placeholders and their page is asked for.
 */
export function VirtualTable<Row, Field extends string>(props: VirtualTableProps<Row, Field>) {
  const { columns, total, rowAt, rowKey, onRange, sort, onSort, onOpen } = props;
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? PLACEHOLDER_ROWS;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    paddingStart: HEADER_HEIGHT,
    initialOffset: props.initialScrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total !== null) onRange(first, last);
  }, [first, last, total, onRange]);

  const resetKey = useRef(props.resetKey);
  useEffect(() => {
    if (resetKey.current === props.resetKey) return;
    resetKey.current = props.resetKey;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [props.resetKey]);

  const padTop = items.length ? items[0]!.start - HEADER_HEIGHT : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const open = (row: Row | undefined) => (e: MouseEvent) => {
    if (!row || (e.target as HTMLElement).closest('a, button, [role="button"]')) return;
    onOpen(row);
  };

  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr aria-hidden="true" className="vt-spacer" key={key}>
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    ) : null;

  return (
    <div className="vt">
      <div
        className="vt-scroll"
        ref={scrollRef}
        // Focusable, so the keyboard scrolls the list (arrows, Page Up/Down, Home/End).
        tabIndex={0}
        role="region"
        aria-label={props.label}
        onScroll={(e) => props.onScrollTop(e.currentTarget.scrollTop)}
        aria-busy={props.busy || total === null}
      >
        <table
          className="vt-table"
          aria-label={props.label}
          aria-rowcount={total === null || props.more ? -1 : total + 1}
          style={{ minWidth: columns.reduce((sum, c) => sum + (c.width ?? FLEX_MIN), 0) }}
        >
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => {
                const active = c.sort && c.sort.field === sort.field;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.align === 'end' ? 'vt-end' : undefined}
                    style={{ height: HEADER_HEIGHT }}
                    title={c.title}
                    aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.sort ? (
                      <button
                        type="button"
                        className={active ? 'vt-sort vt-sort-active' : 'vt-sort'}
                        title={t('list.sortBy', { column: c.title })}
                        onClick={() =>
                          onSort({
                            field: c.sort!.field,
                            order: active ? (sort.order === 'asc' ? 'desc' : 'asc') : c.sort!.first,
                          })
                        }
                      >
                        <span>{c.title}</span>
                        <span className="vt-sort-icons" aria-hidden="true">
                          <CaretUpFilled className={active && sort.order === 'asc' ? 'on' : undefined} />
                          <CaretDownFilled className={active && sort.order === 'desc' ? 'on' : undefined} />
                        </span>
                      </button>
                    ) : (
                      c.title
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className={props.busy ? 'vt-busy' : undefined}>
            {spacer(padTop, 'top')}
            {items.map((item) => {
              const row = total === null ? undefined : rowAt(item.index);
              return row ? (
                <tr
                  key={rowKey(row)}
                  className="vt-row"
                  aria-rowindex={item.index + 2}
                  style={{ height: ROW_HEIGHT }}
                  onClick={open(row)}
                >
                  {columns.map((c) => {
                    const content = c.render(row);
                    return (
                      <td
                        key={c.key}
                        className={c.align === 'end' ? 'vt-end' : undefined}
                        title={typeof content === 'string' ? content : c.hint?.(row)}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ) : (
                <tr
                  key={`placeholder-${item.index}`}
                  className="vt-row vt-placeholder"
                  aria-rowindex={item.index + 2}
                  aria-label={t('list.loadingRow')}
                  style={{ height: ROW_HEIGHT }}
                >
                  {columns.map((c) => (
                    <td key={c.key}>
                      <span className="vt-skeleton" />
                    </td>
                  ))}
                </tr>
              );
            })}
            {spacer(padBottom, 'bottom')}
          </tbody>
        </table>
        {total === 0 && props.empty && <div className="vt-empty">{props.empty}</div>}
      </div>
    </div>
  );
}
