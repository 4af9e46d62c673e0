import { Menu, type MenuItemConstructorOptions } from 'electron';
import { LANGUAGES, type Language } from '../../shared/settings/schema';
import { LANGUAGE_NAMES, menuLabel, type MenuLabelKey } from './menu-labels';

export interface MenuActions {
  setLanguage(language: Language): void;
  showAbout(): void;
  openDataFolder(): void;
  openLogsFolder(): void;
}

/**
 * The application menu (File/Edit/View/Window/Help) in the stored UI language. Standard
 * items use Electron roles (so shortcuts and OS behaviour are native) with our own labels.
 * Developer tools only in unpackaged builds.
 */
export function buildAppMenu(language: Language, actions: MenuActions, opts: { isMac: boolean; dev: boolean }): Menu {
  const t = (key: MenuLabelKey) => menuLabel(language, key);
  const template: MenuItemConstructorOptions[] = [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        { role: 'close', label: t('close') },
        ...(opts.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('quit') }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'reload', label: t('reload') },
        ...(opts.dev ? [{ role: 'toggleDevTools' as const, label: t('toggleDevTools') }] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('toggleFullScreen') },
        { type: 'separator' },
        {
          label: t('language'),
          submenu: LANGUAGES.map((lang) => ({
            label: LANGUAGE_NAMES[lang],
            type: 'radio' as const,
            checked: lang === language,
            click: () => actions.setLanguage(lang),
          })),
        },
      ],
    },
    {
      label: t('window'),
      submenu: [
        { role: 'minimize', label: t('minimize') },
        // 'zoom' (fill the screen) is a macOS-only role.
        ...(opts.isMac ? [{ role: 'zoom' as const, label: t('zoom') }] : []),
      ],
    },
    {
      role: 'help',
      label: t('help'),
      submenu: [
        { label: t('openDataFolder'), click: actions.openDataFolder },
        { label: t('openLogsFolder'), click: actions.openLogsFolder },
        { type: 'separator' },
        { label: t('about'), click: actions.showAbout },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
