import type { Language } from '../settings/schema';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const MESSAGES: Record<Language, Record<MessageKey, string>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
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
