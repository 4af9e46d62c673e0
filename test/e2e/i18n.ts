import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/messages';

/** The app's own strings, so specs follow copy edits instead of duplicating them. */
export const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
export const en = (key: MessageKey, params?: MessageParams) => translate('en-US', key, params);
