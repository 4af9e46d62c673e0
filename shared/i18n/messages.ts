import type { Language } from '../settings/schema';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';
import * as customerPage from './features/customer-page';
import * as customers from './features/customers';
import * as dashboard from './features/dashboard';
import * as list from './features/list';
import * as orders from './features/orders';
import * as money from './features/money';
import * as invoiceRules from './features/invoice-rules';
import * as bills from './features/bills';
import * as invoices from './features/invoices';
import * as invoiceOutputs from './features/invoice-outputs';
import * as backups from './features/backups';
import * as certificates from './features/certificates';
import * as qrcodes from './features/qrcodes';

/** Shell-wide strings (zh-CN.ts / en-US.ts) plus one module per feature (features/*.ts). */
const zh = {
  ...zhCN,
  ...list.zh,
  ...customers.zh,
  ...orders.zh,
  ...dashboard.zh,
  ...customerPage.zh,
  ...invoices.zh,
  ...bills.zh,
  ...money.zh,
  ...invoiceRules.zh,
  ...invoiceOutputs.zh,
  ...backups.zh,
  ...qrcodes.zh,
  ...certificates.zh,
};
const en: Record<keyof typeof zh, string> = {
  ...enUS,
  ...list.en,
  ...customers.en,
  ...orders.en,
  ...dashboard.en,
  ...customerPage.en,
  ...money.en,
  ...invoiceRules.en,
  ...bills.en,
  ...invoices.en,
  ...invoiceOutputs.en,
  ...backups.en,
  ...qrcodes.en,
  ...certificates.en,
};

export type MessageKey = keyof typeof zh;
export type MessageParams = Record<string, string | number>;

export const MESSAGES: Record<Language, Record<MessageKey, string>> = {
  'zh-CN': zh,
  'en-US': en,
};

/** Renders a message with `{name}` placeholders. An unknown placeholder is left visible. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = MESSAGES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Placeholder names in a template, for the both-languages-agree test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

export function isMessageKey(text: string): text is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES['zh-CN'], text);
}
