/**
 * ISO 8601 text → epoch milliseconds, exactly as `Date.parse` reads it, but without its
 * cost on the forms the pool carries (`2024-03-15`, `2024-03-15T10:00:00Z`,
 * `2024-03-15T10:00:00.000+08:00`): reading 100k consumption times with Date.parse was
 * most of the matching's fixed cost. Anything else — a time without an offset (local time
 * by the spec), an out-of-range field, another layout — goes to Date.parse itself, so the
 * answer is always Date.parse's (test/unit/iso-time.test.ts checks it on random text).
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `count` decimal digits of text at `at`, or -1 when any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let v = 0;
  for (let k = at; k < at + count; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function fast(text: string): number | undefined {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = daysFromCivil(year, month, day) * DAY_MS;
  if (n === 10) return date;
  // Date and time: HH:mm, optional :ss and .fraction (1–3 digits here), then Z or ±HH:mm.
  if (n < 17 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let i = 16;
  let second = 0;
  let milli = 0;
  if (text.charCodeAt(i) === 58) {
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return undefined;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      let k = i + 1;
      let scale = 100;
      while (k < n && k - i <= 3) {
        const d = text.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        milli += d * scale;
        scale /= 10;
        k++;
      }
      if (k === i + 1 || (k < n && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57)) return undefined;
      i = k;
    }
  }
  let offset: number;
  const sign = text.charCodeAt(i);
  if (sign === 90 && i + 1 === n) offset = 0;
  else if ((sign === 43 || sign === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return undefined;
  return date + ((hour * 60 + minute) * 60 + second) * 1000 + milli - offset;
}

/** Epoch ms of an ISO 8601 text, NaN when Date.parse would say NaN. */
export function parseIsoTime(text: string): number {
  return fast(text) ?? Date.parse(text);
}
