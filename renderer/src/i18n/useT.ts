import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/messages';
import type { Language } from '../../../shared/settings/schema';
import { useSettingsStore } from '../stores/settings';

export type TFunction = (key: MessageKey, params?: MessageParams) => string;

/** The current UI language; components re-render when it changes. */
export function useLanguage(): Language {
  return useSettingsStore((s) => s.settings.language);
}

/** `t(key, params)` in the current UI language. Every visible string goes through it. */
export function useT(): TFunction {
  const language = useLanguage();
  return useCallback((key, params) => translate(language, key, params), [language]);
}
