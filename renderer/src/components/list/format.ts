const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-05-01": a compact local date for table cells, the same in both languages (a column
 * of dates reads best when every row has the same shape).
 */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2026-05-01 13:29": a compact local date and 24-hour time for table cells. */
export function formatDateTimeShort(iso: string): string {
  const d = new Date(iso);
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A filter is in use when any of its fields holds a value (an empty list or text counts as none). */
export function isFiltered(filter: object): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
}
