import { useEffect } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { DbState } from '../../../../shared/app/schema';
import { formatBytes } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/useT';
import { AppLogo } from '../../shell/AppLogo';
import { PageHeader } from '../../shell/PageHeader';
import { useAppStatusStore } from '../../stores/app-status';

const DB_STATE: Record<
  DbState,
  { key: 'about.dbStateReady' | 'about.dbStateTooNew' | 'about.dbStateFailed'; color: string }
> = {
  ready: { key: 'about.dbStateReady', color: 'success' },
  'too-new': { key: 'about.dbStateTooNew', color: 'warning' },
  failed: { key: 'about.dbStateFailed', color: 'error' },
};

/** Both tables share one label width so their columns line up. */
const LABEL_STYLE = { label: { width: 160 } };

/** What a support call asks first: which version, which transport, where the data lives. */
export function AboutScreen() {
  const t = useT();
  const language = useLanguage();
  const info = useAppStatusStore((s) => s.info);
  const db = useAppStatusStore((s) => s.db);
  const refreshDb = useAppStatusStore((s) => s.refreshDb);

  useEffect(() => {
    void refreshDb();
  }, [refreshDb]);

  const path = (p: string) => (
    <Typography.Text code copyable={{ text: p }} className="about-path">
      {p}
    </Typography.Text>
  );

  return (
    <>
      <PageHeader
        title={t('section.about.title')}
        description={t('section.about.description')}
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void refreshDb()}>
            {t('about.refresh')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        {info && (
          <Card title={<h2 className="card-heading">{t('about.application')}</h2>}>
            <Flex align="center" gap={12} className="about-identity">
              <AppLogo size={40} />
              <div>
                <Typography.Text strong className="about-name">
                  {t('app.name')}
                </Typography.Text>
                <Typography.Text type="secondary" className="about-tagline">
                  {t('app.tagline')}
                </Typography.Text>
              </div>
            </Flex>
            <Descriptions
              bordered
              size="small"
              column={1}
              styles={LABEL_STYLE}
              items={[
                { key: 'version', label: t('about.version'), children: info.version },
                {
                  key: 'transport',
                  label: t('about.transport'),
                  children: (
                    <>
                      <Typography.Text code>{info.transport}</Typography.Text>{' '}
                      <Typography.Text type="secondary">
                        {t(info.transport === 'electron' ? 'about.transportElectron' : 'about.transportBrowserHost')}
                      </Typography.Text>
                    </>
                  ),
                },
                { key: 'dataDir', label: t('about.dataDir'), children: path(info.dataDir) },
                { key: 'platform', label: t('about.platform'), children: info.platform },
                {
                  key: 'runtime',
                  label: t('about.runtime'),
                  children: Object.entries(info.runtime)
                    .map(([name, version]) => `${name} ${version}`)
                    .join(' · '),
                },
              ]}
            />
          </Card>
        )}
        {db && (
          <Card title={<h2 className="card-heading">{t('about.database')}</h2>}>
            <Descriptions
              bordered
              size="small"
              column={1}
              styles={LABEL_STYLE}
              items={[
                {
                  key: 'state',
                  label: t('about.dbState'),
                  children: <Tag color={DB_STATE[db.state].color}>{t(DB_STATE[db.state].key)}</Tag>,
                },
                {
                  key: 'schema',
                  label: t('about.schemaVersion'),
                  children: t('about.schemaVersionValue', {
                    current: db.schemaVersion,
                    latest: db.latestSchemaVersion,
                  }),
                },
                { key: 'path', label: t('about.dbPath'), children: path(db.path) },
                { key: 'size', label: t('about.dbSize'), children: formatBytes(db.sizeBytes, language) },
                { key: 'journal', label: t('about.journalMode'), children: db.journalMode },
              ]}
            />
          </Card>
        )}
      </Flex>
    </>
  );
}
