import type { Language } from '../settings/schema';

/** "5 minutes" / "5 分钟": how old something is, in whole units, for notices. */
export function formatAge(ms: number, language: Language): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const units: [number, string, string][] = [
    [60 * 24, '天', 'day'],
    [60, '小时', 'hour'],
    [1, '分钟', 'minute'],
  ];
  for (const [size, zh, en] of units) {
    const n = Math.floor(minutes / size);
    if (n >= 1 || size === 1) return language === 'zh-CN' ? `${n} ${zh}` : `${n} ${en}${n === 1 ? '' : 's'}`;
  }
  return '';
}
