import { isMessageKey } from '../../../../../shared/i18n/messages';
import type { LineReason } from '../../../../../shared/invoices/matching';
import { formatMoney } from '../../../../../shared/money/format';
import type { Language } from '../../../../../shared/settings/schema';
import { formatDate } from '../../../components/list/format';
import type { TFunction } from '../../../i18n/useT';
import type { Issue } from '../../../stores/invoice-draft';

/** Placeholders that hold amounts (formatted in the UI locale) and consumption times (dates). */
const AMOUNTS = new Set(['max', 'requested', 'total', 'taken', 'remainder', 'available', 'amount', 'sum']);
const TIMES = new Set(['time']);

function params(raw: Record<string, string | number>, language: Language): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (AMOUNTS.has(k) && typeof v === 'string' && v !== '') out[k] = formatMoney(v, language);
    else if (TIMES.has(k) && typeof v === 'string' && !Number.isNaN(Date.parse(v))) out[k] = formatDate(v);
    else out[k] = v;
  }
  return out;
}

/** A rule's message (money, credit code, matching) in the UI language, amounts and dates formatted. */
export function issueText(t: TFunction, language: Language, issue: Issue): string {
  return isMessageKey(issue.key) ? t(issue.key, params(issue.params, language)) : issue.key;
}

/** Why the matching chose a line ("refunds first", "oldest first, no. 3", "partial: …"). */
export function reasonText(t: TFunction, language: Language, reason: LineReason): string {
  return issueText(t, language, { key: `invoice.reason.${reason.code}`, params: reason.params });
}

/** A stored line's reason (JSON text written by the core), or null when it cannot be read. */
export function parseReason(text: string): LineReason | null {
  try {
    const r = JSON.parse(text) as Partial<LineReason>;
    return typeof r?.code === 'string' && r.params && typeof r.params === 'object' ? (r as LineReason) : null;
  } catch {
    return null;
  }
}
