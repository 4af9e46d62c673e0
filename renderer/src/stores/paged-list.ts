import { create } from 'zustand';
import { IpcError, on } from '../ipc/client';
import { useConnectionStore } from './connection';
import { useSettingsStore } from './settings';
import { nextCount } from './list-count';

/** One page of a list as the core answers it: the rows asked for and how many match in all. */
export interface ListPage<Row> {
  total: number;
  /** `total` is a lower bound: more match (a broad search is counted only past the rows asked for). */
  more?: boolean;
  rows: Row[];
}

/** A filter field the user must correct; `message` is an i18n key (`validation.*`) or text. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface ListError {
  /** Already in the user's language (worded by the core); empty for a filter refused before asking. */
  message: string;
  /** The filter was refused: the fields to correct. The list is then simply empty. */
  fields: FieldIssue[];
}

export interface SortState<Field extends string> {
  field: Field;
  order: 'asc' | 'desc';
}

export interface PagedListState<Filter, Field extends string, Row, Facets> {
  filter: Filter;
  sort: SortState<Field>;
  /** Matches of the current query; null until the first answer. */
  total: number | null;
  /** `total` is a lower bound (see ListPage.more). */
  more: boolean;
  /** Loaded pages by page number; a bounded window, never the whole list. */
  pages: Record<number, Row[]>;
  /** The rows shown belong to the previous query; the new one is on its way. */
  stale: boolean;
  error: ListError | null;
  /** Bumped when a new query starts from the top (the table scrolls back up). */
  query: number;
  /** Where the table was scrolled to, so coming back to the screen lands in the same place. */
  scrollTop: number;
  /** Values for the filter dropdowns; null until read. */
  facets: Facets | null;
  /** Rows per page (for `rowAt`). */
  pageSize: number;
  /** Subscribes to the events that change the data and reads the first page; safe to call again. */
  init(): void;
  setFilter(patch: Partial<Filter>): void;
  resetFilter(): void;
  setSort(sort: SortState<Field>): void;
  /** The table shows rows `first..last`: reads the pages they are on, if not there yet. */
  ensureRange(first: number, last: number): void;
  /** Reads the current query again from the top (retry). */
  reload(): void;
  /** Reads what is shown again without blanking it (after a sync). */
  refresh(): void;
  setScrollTop(top: number): void;
}

export interface PagedListOptions<Filter, Field extends string, Row, Facets> {
  initialFilter: Filter;
  initialSort: SortState<Field>;
  fetch(filter: Filter, sort: SortState<Field>, offset: number, limit: number): Promise<ListPage<Row>>;
  fetchFacets(): Promise<Facets>;
  /** The same rules the core applies (shared zod schema), so a bad filter is caught before asking. */
  validate(filter: Filter): FieldIssue[];
  pageSize?: number;
  /** Pages kept in memory; the farthest from the visible rows are dropped first. */
  maxPages?: number;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The zod issues of a refused input, as fields of the filter (`['filter', 'createdTo']` → createdTo). */
export function issuesOf(err: unknown): FieldIssue[] {
  if (!(err instanceof IpcError) || err.code !== 'INVALID_INPUT' || !Array.isArray(err.details)) return [];
  return (err.details as { path?: unknown[]; message?: unknown }[]).map((d) => {
    const path = (d.path ?? []).map(String);
    return { field: path[0] === 'filter' ? (path[1] ?? '') : path.join('.'), message: String(d.message ?? '') };
  });
}

/** Zod issues of the shared filter schema, as fields. */
export function zodIssues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): FieldIssue[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
}

/**
 * A list read from the local database page by page as the user scrolls (design §10: never
 * the whole table). The filter, sort and scroll position live here, so leaving the screen
 * and coming back finds it as it was. A new query keeps the old rows on screen until its
 * first page arrives (typing in the search box does not flash an empty table); answers
 * to an older query are dropped.
 */
export function createPagedListStore<Filter extends object, Field extends string, Row, Facets>(
  opts: PagedListOptions<Filter, Field, Row, Facets>,
) {
  const size = opts.pageSize ?? 100;
  const maxPages = opts.maxPages ?? 12;
  let generation = 0;
  let initialised = false;
  const inFlight = new Set<number>();
  let lastRange: [number, number] = [0, size - 1];

  return create<PagedListState<Filter, Field, Row, Facets>>()((set, get) => {
    const pagesOf = (first: number, last: number) => {
      const out: number[] = [];
      for (let p = Math.floor(first / size); p <= Math.floor(Math.max(first, last) / size); p++) out.push(p);
      return out;
    };

    /** Keeps the `maxPages` pages nearest to the visible rows. */
    const trim = (pages: Record<number, Row[]>) => {
      const keys = Object.keys(pages).map(Number);
      if (keys.length <= maxPages) return pages;
      const centre = Math.floor((lastRange[0] + lastRange[1]) / 2 / size);
      keys.sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre));
      const kept: Record<number, Row[]> = {};
      for (const k of keys.slice(0, maxPages)) kept[k] = pages[k]!;
      return kept;
    };

    const fail = (err: unknown) =>
      set({
        error: { message: messageOf(err), fields: issuesOf(err) },
        total: null,
        more: false,
        pages: {},
        stale: false,
      });

    /** A new query (or the same one again): the pages of `range`, then the whole page map is replaced. */
    const run = (fromTop: boolean) => {
      const mine = ++generation;
      inFlight.clear();
      const { filter, sort } = get();
      const fields = opts.validate(filter);
      if (fields.length) {
        set({ error: { message: '', fields }, total: 0, more: false, pages: {}, stale: false });
        return;
      }
      if (fromTop) {
        lastRange = [0, Math.min(lastRange[1] - lastRange[0], size - 1)];
        set((s) => ({ query: s.query + 1, scrollTop: 0 }));
      }
      set({ stale: true });
      const wanted = pagesOf(...lastRange);
      Promise.all(wanted.map((p) => opts.fetch(filter, sort, p * size, size))).then(
        (answers) => {
          if (mine !== generation) return;
          const pages: Record<number, Row[]> = {};
          answers.forEach((a, i) => (pages[wanted[i]!] = a.rows));
          const count = answers.reduce((c, a) => nextCount(c, a), { total: null as number | null, more: true });
          set({ pages, ...count, stale: false, error: null });
          get().ensureRange(...lastRange);
        },
        (err) => mine === generation && fail(err),
      );
    };

    const loadPage = (p: number) => {
      if (inFlight.has(p) || get().pages[p]) return;
      const mine = generation;
      inFlight.add(p);
      const { filter, sort } = get();
      opts.fetch(filter, sort, p * size, size).then(
        (answer) => {
          if (mine !== generation) return;
          inFlight.delete(p);
          set((s) => ({ pages: trim({ ...s.pages, [p]: answer.rows }), ...nextCount(s, answer) }));
        },
        (err) => {
          if (mine !== generation) return;
          inFlight.delete(p);
          fail(err);
        },
      );
    };

    const readFacets = () =>
      opts.fetchFacets().then(
        (facets) => set({ facets }),
        () => {},
      );

    return {
      filter: opts.initialFilter,
      sort: opts.initialSort,
      total: null,
      more: false,
      pages: {},
      stale: false,
      error: null,
      query: 0,
      scrollTop: 0,
      facets: null,
      pageSize: size,

      init() {
        if (initialised) {
          // Back on the screen: what is shown may have been refused by a core that has gone.
          if (get().error) run(false);
          return;
        }
        initialised = true;
        const changed = () => {
          get().refresh();
          void readFacets();
        };
        on('sync.finished', changed);
        on('sync.failed', changed);
        // Events sent while the link was down are lost: read again when it is back.
        useConnectionStore.subscribe((s, prev) => {
          if (s.link === 'open' && prev.link !== 'open' && s.dropped) changed();
        });
        // The core words its messages in the UI language: a shown error is asked for again.
        useSettingsStore.subscribe((s, prev) => {
          if (s.settings.language !== prev.settings.language && get().error?.message) run(false);
        });
        void readFacets();
        run(true);
      },

      setFilter(patch) {
        set((s) => ({ filter: { ...s.filter, ...patch } }));
        run(true);
      },

      resetFilter() {
        set({ filter: opts.initialFilter });
        run(true);
      },

      setSort(sort) {
        set({ sort });
        run(true);
      },

      ensureRange(first, last) {
        lastRange = [first, Math.max(first, last)];
        const { stale, error, total } = get();
        if (stale || error || total === null) return;
        for (const p of pagesOf(first, last)) if (p * size < total) loadPage(p);
      },

      reload: () => run(true),
      refresh: () => run(false),
      setScrollTop: (scrollTop) => set({ scrollTop }),
    };
  });
}

/** The row at `index`, if its page is loaded. */
export function rowAt<Row>(state: { pages: Record<number, Row[]>; pageSize: number }, index: number): Row | undefined {
  return state.pages[Math.floor(index / state.pageSize)]?.[index % state.pageSize];
}
