import type { Language } from '../../shared/settings/schema';

/**
 * Application-menu labels in both UI languages. Kept here rather than in shared/i18n
 * because only the Electron shell has a native menu; the Record type makes a label
 * missing from either language a compile error.
 */
const zhCN = {
  file: '文件',
  edit: '编辑',
  view: '视图',
  window: '窗口',
  help: '帮助',
  quit: '退出',
  close: '关闭窗口',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  reload: '重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  language: '语言',
  minimize: '最小化',
  zoom: '缩放',
  about: '关于伙伴工作台',
  openDataFolder: '打开数据文件夹',
  openLogsFolder: '打开日志文件夹',
  version: '版本 {version}',
} as const;

export type MenuLabelKey = keyof typeof zhCN;

const enUS: Record<MenuLabelKey, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  quit: 'Quit',
  close: 'Close Window',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  language: 'Language',
  minimize: 'Minimize',
  zoom: 'Zoom',
  about: 'About Partner Workstation',
  openDataFolder: 'Open Data Folder',
  openLogsFolder: 'Open Logs Folder',
  version: 'Version {version}',
};

export const MENU_LABELS: Record<Language, Record<MenuLabelKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Language names are shown in their own language, whatever the UI language is. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

export function menuLabel(language: Language, key: MenuLabelKey, params: Record<string, string> = {}): string {
  return MENU_LABELS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
