import { amountInWords } from '../../../shared/invoices/amount-in-words';
import { formatMoney } from '../../../shared/money/format';
import type { Language } from '../../../shared/settings/schema';
import type { InvoiceRecord, LineRecord } from '../repository';
import { statementLabel, type StatementLabel } from './labels';
import { STATEMENT_CSS } from './style';

/** Everything one printed statement shows. */
export interface StatementData {
  invoice: InvoiceRecord;
  lines: LineRecord[];
  /** The partner profile the invoice was made under: its name and account (domain). */
  seller: { name: string; account: string };
  /** When the statement was made (ISO). */
  generatedAt: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values: every markup character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text inside a CSS string literal: everything but letters, digits and spaces as \HEX escapes. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** An ISO timestamp in the machine's local time, `YYYY-MM-DD HH:mm` (dates are read locally). */
export function localDateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The page counter of the footer, from the label template "第 {page} 页 / 共 {pages} 页". */
function pageCounterCss(language: Language): string {
  const template = statementLabel(language, 'page');
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The A4 statement as one self-contained HTML document: no scripts, no external resources,
 * the system CJK font. Every value from the database is escaped. The header row of the
 * line table repeats on every page; the footer (invoice number, page x of y) is drawn by
 * CSS page-margin boxes, so it is the same in headless Chromium and in Electron, and in
 * the print dialog.
 */
export function statementHtml(data: StatementData, language: Language): string {
  const L = (key: StatementLabel, params?: Record<string, string>) => escapeHtml(statementLabel(language, key, params));
  const v = (text: string | null | undefined) => (text ? escapeHtml(text) : `<span class="empty">${L('empty')}</span>`);
  const money = (amount: string) => escapeHtml(formatMoney(amount, language));
  const { invoice, lines, seller } = data;
  const number = invoice.number ?? statementLabel(language, 'noNumber');
  const watermark =
    invoice.status === 'draft' ? L('watermark.draft') : invoice.status === 'voided' ? L('watermark.voided') : null;

  const meta: [StatementLabel, string][] = [
    ['number', v(number)],
    ['status', `<span class="status status-${invoice.status}">${L(`status.${invoice.status}`)}</span>`],
    ['issuedAt', v(localDateTime(invoice.issuedAt))],
    ['createdAt', v(localDateTime(invoice.createdAt))],
  ];
  if (invoice.status === 'voided') {
    meta.push(['voidedAt', v(localDateTime(invoice.voidedAt))], ['voidReason', v(invoice.voidReason)]);
  }
  const b = invoice.buyer;
  const party = (rows: [StatementLabel, string][]) =>
    rows.map(([k, value]) => `<tr><th>${L(k)}</th><td>${value}</td></tr>`).join('');

  const rows = lines
    .map(
      (l) => `<tr>
        <td class="num">${l.lineNo}</td>
        <td class="desc">${v(l.description || l.itemId)}</td>
        <td class="kind">${L(`kind.${l.kind}`)}</td>
        <td class="time">${v(localDateTime(l.itemTime))}</td>
        <td class="item">${escapeHtml(l.itemId)}</td>
        <td class="amount">${money(l.amount)}</td>
      </tr>`,
    )
    .join('');

  let words = '';
  try {
    words = amountInWords(invoice.totalAmount);
  } catch {
    words = ''; // a total that is not whole cents is shown in figures only
  }

  return `<!doctype html>
<html lang="${language === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${statementLabel(language, 'title')} ${number}`)}</title>
<style>
${STATEMENT_CSS}
@page {
  @bottom-left { content: ${cssString(invoice.number ?? '')}; }
  @bottom-right { content: ${pageCounterCss(language)}; }
}
</style>
</head>
<body>
${watermark ? `<div class="watermark" aria-hidden="true">${watermark}</div>` : ''}
<header>
  <h1>${L('title')}</h1>
  <div class="type">${L(`type.${invoice.type}`)}</div>
</header>
<table class="meta">${meta.map(([k, value]) => `<tr><th>${L(k)}</th><td>${value}</td></tr>`).join('')}</table>
<section class="parties">
  <div class="party">
    <h2>${L('seller')}</h2>
    <table>${party([
      ['sellerName', v(seller.name)],
      ['sellerAccount', v(seller.account)],
    ])}</table>
  </div>
  <div class="party">
    <h2>${L('buyer')}</h2>
    <table>${party([
      ['buyerName', v(b.name)],
      ['creditCode', v(b.creditCode)],
      ['address', v(b.address)],
      ['phone', v(b.phone)],
      ['bank', v(b.bank)],
      ['account', v(b.account)],
      ['customer', v(invoice.customerName ? `${invoice.customerName} (${invoice.customerId})` : invoice.customerId)],
    ])}</table>
  </div>
</section>
<h2 class="lines-title">${L('lines')} <span class="count">${L('lineCount', { count: String(lines.length) })}</span></h2>
<table class="lines">
  <thead><tr>
    <th class="num">${L('lineNo')}</th><th class="desc">${L('description')}</th><th class="kind">${L('kind')}</th>
    <th class="time">${L('itemTime')}</th><th class="item">${L('itemId')}</th><th class="amount">${L('amount')}</th>
  </tr></thead>
  <tbody>${rows}</tbody>
</table>
<table class="totals">
  <tr><th>${L('total')}</th><td class="amount">${money(invoice.totalAmount)}</td></tr>
  ${words ? `<tr><th>${L('totalWords')}</th><td class="words">${escapeHtml(words)}</td></tr>` : ''}
</table>
${invoice.note ? `<section class="note"><h2>${L('note')}</h2><p>${escapeHtml(invoice.note)}</p></section>` : ''}
<footer>${L('generated', { at: localDateTime(data.generatedAt) })}</footer>
</body>
</html>
`;
}
