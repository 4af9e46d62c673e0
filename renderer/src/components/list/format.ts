import type { Language } from '../../../../shared/settings/schema';

/** "2026/05/01" / "05/01/2026": a compact date for table cells. */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** "2026/05/01 13:29": a compact date and time (24-hour) for table cells. */
export function formatDateTimeShort(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A filter is in use when any of its fields holds a value (an empty list or text counts as none). */
export function isFiltered(filter: object): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
}
