import { useEffect, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { Language } from '../../../../shared/settings/schema';
import { SYNC_RESOURCES, type ProfileKind, type SyncResource } from '../../../../shared/sync/schema';
import { useT, type TFunction } from '../../i18n/useT';

/** The five kinds of synced data, in the order the partner center thinks of them. */
export const RESOURCE_KEYS: Record<SyncResource, MessageKey> = {
  customers: 'sync.resource.customers',
  orders: 'sync.resource.orders',
  refund_infos: 'sync.resource.refund_infos',
  bill_sums: 'sync.resource.bill_sums',
  fee_records: 'sync.resource.fee_records',
};

/** A resource name as the user knows it; an unknown one (a quarantine row) stays as it is. */
export function resourceLabel(t: TFunction, resource: string): string {
  return (SYNC_RESOURCES as readonly string[]).includes(resource)
    ? t(RESOURCE_KEYS[resource as SyncResource])
    : resource;
}

export const KIND_KEYS: Record<ProfileKind, MessageKey> = {
  sandbox: 'profiles.kind.sandbox',
  china: 'profiles.kind.china',
  international: 'profiles.kind.international',
  europe: 'profiles.kind.europe',
};

/** The profile's name as the user knows it (the built-in one is named in the UI language). */
export function useProfileName(): (p: { kind: ProfileKind; name: string }) => string {
  const t = useT();
  return (p) => (p.kind === 'sandbox' ? t('profiles.sandboxName') : p.name);
}

/** "12,345" / "12,345" with the language's own grouping. */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(language).format(n);
}

/** "2026-11-25 17:12" style: a full date and time, for tooltips and tables. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The time alone when it is today, the date and time otherwise. */
export function formatClock(iso: string, now: number, language: Language): string {
  const date = new Date(iso);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay
    ? new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(date)
    : formatDateTime(iso, language);
}

/** "just now", "3 minutes ago", "yesterday"… relative to `now`. */
export function formatRelative(iso: string, now: number, language: Language, t: TFunction): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Math.abs(seconds) < 45) return t('time.justNow');
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 30) return rtf.format(days, 'day');
  return formatDateTime(iso, language);
}

/**
 * "4 seconds", "3 minutes", "2 hours 5 minutes". `rough` (for estimates) rounds short times
 * to tens of seconds, so an ETA does not flicker second by second.
 */
export function formatDuration(totalSeconds: number, language: Language, { rough = false } = {}): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return unit(rough ? Math.max(10, Math.ceil(s / 10) * 10) : Math.max(1, s), 'second');
  const minutes = Math.round(s / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
}

/** Requests per second with one decimal at most: "9.8". */
export function formatRate(rate: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(rate);
}

/** A clock for relative times: re-renders every `ms` so "3 minutes ago" keeps true. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/**
 * Indents JSON text without parsing it, so amounts and ids keep every digit exactly as the
 * API sent them (JSON.parse would round long numbers). Text that is not JSON is returned as is.
 */
export function prettyJson(raw: string): string {
  if (!/^\s*[[{]/.test(raw)) return raw;
  let out = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  const newline = () => '\n' + '  '.repeat(Math.max(0, depth));
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (inString) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    switch (ch) {
      case '"':
        inString = true;
        out += ch;
        break;
      case '{':
      case '[': {
        let j = i + 1;
        while (j < raw.length && /\s/.test(raw[j]!)) j++;
        if (raw[j] === (ch === '{' ? '}' : ']')) {
          out += ch + raw[j];
          i = j;
        } else {
          depth++;
          out += ch + newline();
        }
        break;
      }
      case '}':
      case ']':
        depth--;
        out += newline() + ch;
        break;
      case ',':
        out += ch + newline();
        break;
      case ':':
        out += ': ';
        break;
      default:
        if (!/\s/.test(ch)) out += ch;
    }
  }
  return out;
}
