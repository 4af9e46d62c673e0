import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Language } from '../../../shared/settings/schema';

/** antd's own strings (pagination, empty states, modals) follow the UI language. */
export const ANTD_LOCALES: Record<Language, Locale> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};
