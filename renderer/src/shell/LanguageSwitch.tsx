import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { LANGUAGES, type Language } from '../../../shared/settings/schema';
import { useT } from '../i18n/useT';
import { useSettingsStore } from '../stores/settings';

/** Header language menu. Saves through the core like the settings screen does. */
export function LanguageSwitch() {
  const t = useT();
  const { message } = App.useApp();
  const language = useSettingsStore((s) => s.settings.language);
  const saving = useSettingsStore((s) => s.saving.includes('language'));
  const update = useSettingsStore((s) => s.update);

  const items: MenuProps['items'] = LANGUAGES.map((lang) => ({
    key: lang,
    // Each name is written in its own language; tell screen readers which one it is.
    label: <span lang={lang}>{t(`language.${lang}`)}</span>,
  }));
  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === language) return;
    const error = await update({ language: key as Language });
    if (error) void message.error(t('settings.saveFailed', { message: error }));
  };

  const name = t(`language.${language}`);
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      menu={{ items, onClick, selectable: true, selectedKeys: [language] }}
      placement="bottomRight"
    >
      <Button
        type="text"
        icon={<GlobalOutlined aria-hidden />}
        loading={saving}
        aria-label={t('shell.languageSwitch', { language: name })}
      >
        {name}
      </Button>
    </Dropdown>
  );
}
