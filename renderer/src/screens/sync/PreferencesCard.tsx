import { useId, useState } from 'react';
import { Alert, Card, Flex, Radio, Spin, Typography, type RadioChangeEvent } from 'antd';
import { LANGUAGES, type Language, type SettingsPatch, type Theme } from '../../../../shared/settings/schema';
import { useT } from '../../i18n/useT';
import { useSettingsStore } from '../../stores/settings';

const THEMES: { value: Theme; key: 'settings.themeLight' | 'settings.themeDark' | 'settings.themeSystem' }[] = [
  { value: 'light', key: 'settings.themeLight' },
  { value: 'dark', key: 'settings.themeDark' },
  { value: 'system', key: 'settings.themeSystem' },
];

/**
 * Language and theme. Each change is saved by the core at once and applied when saved;
 * the radio shows the choice while it is being saved (and falls back if the core refuses
 * it, showing the core's own localized message).
 */
export function PreferencesCard() {
  const t = useT();
  const ids = { language: useId(), theme: useId() };
  const settings = useSettingsStore((s) => s.settings);
  const saving = useSettingsStore((s) => s.saving);
  const update = useSettingsStore((s) => s.update);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<SettingsPatch>({});
  const shown = { ...settings, ...pending };

  const save = async (patch: SettingsPatch) => {
    setPending((p) => ({ ...p, ...patch }));
    setError(await update(patch));
    setPending((p) => {
      const rest = { ...p };
      for (const key of Object.keys(patch) as (keyof SettingsPatch)[]) if (rest[key] === patch[key]) delete rest[key];
      return rest;
    });
  };

  return (
    <Card title={<h2 className="card-heading">{t('settings.title')}</h2>}>
      <Flex vertical gap={20}>
        {error && (
          <Alert
            type="error"
            showIcon
            title={t('settings.saveFailed', { message: error })}
            closable={{ onClose: () => setError(null) }}
          />
        )}
        <div className="setting-row">
          <Typography.Text strong id={ids.language} className="setting-label">
            {t('settings.language')}
          </Typography.Text>
          <Spin spinning={saving.includes('language')} size="small">
            <Radio.Group
              aria-labelledby={ids.language}
              value={shown.language}
              onChange={(e: RadioChangeEvent) => void save({ language: e.target.value as Language })}
              options={LANGUAGES.map((lang) => ({
                value: lang,
                label: <span lang={lang}>{t(`language.${lang}`)}</span>,
              }))}
            />
          </Spin>
        </div>
        <div className="setting-row">
          <Typography.Text strong id={ids.theme} className="setting-label">
            {t('settings.theme')}
          </Typography.Text>
          <Spin spinning={saving.includes('theme')} size="small">
            <Radio.Group
              aria-labelledby={ids.theme}
              value={shown.theme}
              onChange={(e: RadioChangeEvent) => void save({ theme: e.target.value as Theme })}
              options={THEMES.map(({ value, key }) => ({ value, label: t(key) }))}
            />
          </Spin>
        </div>
        <Typography.Text type="secondary">{t('settings.hint')}</Typography.Text>
      </Flex>
    </Card>
  );
}
