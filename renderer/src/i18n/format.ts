import type { Language } from '../../../shared/settings/schema';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "96 KB" / "1.4 GB", with the language's own unit names and separators. */
export function formatBytes(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
