/** What one answer of a paged list says about how many rows match (ListPage's total and more). */
export interface ListCountAnswer {
  total: number;
  more?: boolean;
}

/**
 * The count after one more answer of the same query. A bound only grows — the page read
 * deepest knows most — so scrolling back up never shrinks the list under the user.
 */
export function nextCount(prev: { total: number | null; more: boolean }, a: ListCountAnswer) {
  if (!a.more) return { total: a.total, more: false };
  return { total: prev.more && prev.total !== null ? Math.max(prev.total, a.total) : a.total, more: true };
}
