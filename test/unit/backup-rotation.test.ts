import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName } from '../../electron/backup/files';
import { backupsToKeep } from '../../electron/backup/rotation';

const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

describe('backup rotation', () => {
  it('keeps the newest 3, the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // Four backups a day (03:00, 09:00, 15:00, 21:00) for 60 days up to Wednesday 2025-06-18 21:00.
    const backups: { name: string; createdAt: Date }[] = [];
    for (let day = 0; day < 60; day++) {
      for (const h of [3, 9, 15, 21]) {
        const d = at(2025, 6, 18 - day, h);
        backups.push({ name: d.toISOString(), createdAt: d });
      }
    }
    const now = at(2025, 6, 18, 22);
    const keep = [...backupsToKeep(backups, now, { recent: 3, daily: 7, weekly: 4 })].sort().reverse();
    const expected = new Set<string>();
    // recent: the three newest
    for (const h of [21, 15, 9]) expected.add(at(2025, 6, 18, h).toISOString());
    // daily: 21:00 of June 12…18
    for (let d = 12; d <= 18; d++) expected.add(at(2025, 6, d, 21).toISOString());
    // weekly (Mon–Sun): this week's newest is today's; then Sundays June 15, 8, 1
    for (const d of [15, 8, 1]) expected.add(at(2025, 6, d, 21).toISOString());
    expect(keep).toEqual([...expected].sort().reverse());
    // 3 recent (today's newest is also today's daily and this week's), 6 more days, 2 more weeks (June 15 is a day too).
    expect(keep.length).toBe(3 + 6 + 2);
  });

  it('keeps everything when there are fewer than the recent count', () => {
    const list = [at(2024, 1, 1), at(2023, 1, 1)].map((d) => ({ name: d.toISOString(), createdAt: d }));
    expect(backupsToKeep(list, at(2025, 6, 1)).size).toBe(2);
  });

  it('names sort by time and parse back', () => {
    const d = new Date('2025-06-01T04:05:06.789Z');
    const name = backupName(d, 'issue');
    expect(name).toBe('workstation-20250601T040506-789Z-issue.db');
    expect(parseBackupName(name)).toEqual({ createdAt: d, reason: 'issue' });
    for (const bad of ['workstation-20250601T040506-789Z-evil.db', 'notes.txt', `${name}.part`, 'workstation-2025.db'])
      expect(parseBackupName(bad), bad).toBeNull();
    expect(backupName(new Date('2025-06-01T04:05:06.790Z'), 'manual') > backupName(d, 'manual')).toBe(true);
  });
});
