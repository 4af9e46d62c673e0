import { Card, Empty, Typography } from 'antd';
import { useT } from '../i18n/useT';
import { PageHeader } from './PageHeader';
import { sectionById, type PlannedSectionId } from './sections';

/**
 * The honest empty state of a section that is not built yet: what it will hold, and no
 * sample data pretending otherwise.
 */
export function ComingSoon({ section }: { section: PlannedSectionId }) {
  const t = useT();
  const { icon } = sectionById(section);
  return (
    <>
      <PageHeader title={t(`section.${section}.title`)} description={t(`section.${section}.description`)} />
      <Card className="coming-soon">
        <Empty
          image={<span className="coming-soon-icon">{icon}</span>}
          description={
            <div className="coming-soon-text">
              <Typography.Title level={2} className="coming-soon-title">
                {t('comingSoon.title')}
              </Typography.Title>
              <Typography.Paragraph>{t(`section.${section}.planned`)}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('comingSoon.note')}</Typography.Paragraph>
            </div>
          }
        />
      </Card>
    </>
  );
}
