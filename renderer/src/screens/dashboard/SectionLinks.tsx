import { RightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { MAIN_SECTIONS } from '../../shell/sections';

/** The workstation's sections with one line each: a map for a first-time user. */
export function SectionLinks() {
  const t = useT();
  const sections = MAIN_SECTIONS.filter((s) => s.id !== 'dashboard');
  return (
    <ul className="section-links">
      {sections.map((s) => (
        <li key={s.id}>
          <Link
            to={s.path}
            className="section-link"
            aria-label={t('dashboard.open', { section: t(`section.${s.id}.title`) })}
          >
            <span className="section-link-icon">{s.icon}</span>
            <span className="section-link-text">
              <Typography.Text strong>{t(`section.${s.id}.title`)}</Typography.Text>
              <Typography.Text type="secondary" className="section-link-description">
                {t(`section.${s.id}.description`)}
              </Typography.Text>
            </span>
            <RightOutlined aria-hidden className="section-link-arrow" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
