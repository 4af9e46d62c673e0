import type { CertificateStatus, StoredStatus } from './schema';

/**
 * The pure rules of certificates: dates, the computed status, which reminders are due.
 * Dates are calendar days `YYYY-MM-DD` in the rep's local calendar; "today" is passed in
 * (the core's clock), so tests can set it.
 */

const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` date (days since 1970-01-01), independent of time zones. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The local calendar date of an instant (what the rep's wall calendar says). */
export function localDate(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function daysLeft(expiryDate: string | null, today: string): number | null {
  return expiryDate === null ? null : dayNumber(expiryDate) - dayNumber(today);
}

/**
 * The status shown: applying and revoked are what the rep recorded; otherwise a certificate
 * is expired from the day after its expiry date (valid through that day), else passed.
 */
export function effectiveStatus(stored: StoredStatus, expiryDate: string | null, today: string): CertificateStatus {
  if (stored === 'applying' || stored === 'revoked') return stored;
  if (stored === 'expired') return 'expired';
  if (expiryDate !== null && expiryDate < today) return 'expired';
  return 'passed';
}

/** Reminders are given this many days before expiry, each once. */
export const REMINDER_THRESHOLDS = [90, 30, 7] as const;

/**
 * The reminder due for a certificate today, if any: the tightest threshold already reached
 * (days left ≤ threshold, not yet expired) for which neither it nor a tighter one was given
 * for this expiry date. A certificate first seen 20 days before expiry gets the 30-day
 * reminder — not a stale 90-day one as well — and then the 7-day one.
 */
export function reminderDue(
  status: CertificateStatus,
  expiryDate: string | null,
  today: string,
  given: readonly number[],
): number | null {
  if (status !== 'passed' || expiryDate === null) return null;
  const left = dayNumber(expiryDate) - dayNumber(today);
  if (left < 0) return null;
  const reached = REMINDER_THRESHOLDS.filter((t) => left <= t);
  if (reached.length === 0) return null;
  const tightest = Math.min(...reached);
  if (given.some((g) => g <= tightest)) return null;
  return tightest;
}

/** SQL text of effectiveStatus over a row (`status`, `expiry_date`) with `?` = today: the list filters on it. */
export const EFFECTIVE_STATUS_SQL = `CASE WHEN status IN ('applying', 'revoked', 'expired') THEN status
  WHEN expiry_date IS NOT NULL AND expiry_date < :today THEN 'expired' ELSE 'passed' END`;
