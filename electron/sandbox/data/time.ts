/**
 * Time in the sandbox is whole seconds since the Unix epoch (UTC). Timestamps go out as
 * `yyyy-MM-dd'T'HH:mm:ss'Z'`; bill cycles (`YYYY-MM`) and bill dates (`YYYY-MM-DD`) are on
 * Beijing time (UTC+8), as the reference says. A cycle is held as a month number
 * `year * 12 + (month - 1)`.
 */
export const DAY = 86_400;
export const HOUR = 3_600;
/** Beijing time offset. */
export const BJ = 8 * HOUR;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2019-05-06T08:05:01Z` */
export function fmtUtc(sec: number): string {
  const d = new Date(sec * 1000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
  );
}

const UTC_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Strict `yyyy-MM-dd'T'HH:mm:ss'Z'` (real calendar date, HH 0–23, mm/ss 0–59), or null. */
export function parseUtc(text: string): number | null {
  const m = UTC_RE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same instant one calendar year later (Feb 29 → Mar 1). */
export function plusOneYear(sec: number): number {
  const d = new Date(sec * 1000);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime() / 1000;
}

/** Beijing calendar day number (days since 1970-01-01 in UTC+8). */
export function bjDay(sec: number): number {
  return Math.floor((sec + BJ) / DAY);
}

export function bjDayStart(day: number): number {
  return day * DAY - BJ;
}

/** Beijing-time parts of an instant. */
export function bjParts(sec: number): { y: number; mo: number; d: number; h: number; mi: number } {
  const d = new Date((sec + BJ) * 1000);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
  };
}

/** Day of week of a Beijing day, 0 = Sunday. */
export function bjWeekday(day: number): number {
  return (day + 4) % 7;
}

/** The bill cycle (Beijing month) containing an instant. */
export function cycleOf(sec: number): number {
  const p = bjParts(sec);
  return p.y * 12 + p.mo - 1;
}

export function cycleStart(cycle: number): number {
  return Date.UTC(Math.floor(cycle / 12), cycle % 12, 1) / 1000 - BJ;
}

export function cycleEnd(cycle: number): number {
  return cycleStart(cycle + 1);
}

export function fmtCycle(cycle: number): string {
  return `${Math.floor(cycle / 12)}-${pad((cycle % 12) + 1)}`;
}

/** `YYYY-MM` → cycle number, or null. */
export function parseCycle(text: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  return y * 12 + mo - 1;
}

/** `YYYY-MM-DD` (Beijing) → { day, cycle }, or null. */
export function parseBjDate(text: string): { day: number; cycle: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { day: Date.UTC(y, mo - 1, d) / 1000 / DAY, cycle: y * 12 + mo - 1 };
}

/** IAM style `2023-02-14T08:40:49.498000Z`. */
export function fmtIamTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
