/**
 * Which automatic backups to keep: the newest `recent` ones, the newest of each of the last
 * `daily` days, and the newest of each of the last `weekly` weeks (Monday to Sunday) —
 * the classic grandfather-father-son scheme, so a mistake noticed weeks later can still be
 * undone while the folder holds at most recent + daily + weekly files. Days and weeks are
 * the computer's local calendar. Pure: the caller deletes what is not kept.
 */
export interface RetentionPolicy {
  recent: number;
  daily: number;
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 3, daily: 7, weekly: 4 };

const DAY_MS = 86_400_000;

function localDay(d: Date): number {
  return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** Local day number of the Monday of d's week. */
function localWeek(d: Date): number {
  const day = localDay(d);
  const weekday = (d.getDay() + 6) % 7; // Monday = 0
  return day - weekday;
}

export function backupsToKeep<T extends { name: string; createdAt: Date }>(
  backups: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1),
  );
  const keep = new Set<string>();
  newestFirst.slice(0, policy.recent).forEach((b) => keep.add(b.name));
  const today = localDay(now);
  const thisWeek = localWeek(now);
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const b of newestFirst) {
    const day = localDay(b.createdAt);
    if (today - day < policy.daily && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
    const week = localWeek(b.createdAt);
    if ((thisWeek - week) / 7 < policy.weekly && !weeks.has(week)) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  return keep;
}
