import { Layout, Menu, Typography, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/useT';
import { AppLogo } from './AppLogo';
import { ABOUT_SECTION, MAIN_SECTIONS, sectionForPath, type Section } from './sections';

export const SIDEBAR_ID = 'shell-sidebar';

/** Sections on top, About pinned at the bottom (it is looked up, not worked in). */
export function Sidebar({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const current = sectionForPath(useLocation().pathname);

  const toItem = (s: Section): NonNullable<MenuProps['items']>[number] => ({
    key: s.id,
    icon: s.icon,
    label: t(`section.${s.id}.title`),
  });
  const onClick: MenuProps['onClick'] = ({ key }) => {
    const target = [...MAIN_SECTIONS, ABOUT_SECTION].find((s) => s.id === key);
    if (target) navigate(target.path);
  };

  return (
    <Layout.Sider
      id={SIDEBAR_ID}
      className="shell-sider"
      width={216}
      collapsedWidth={56}
      collapsible
      collapsed={collapsed}
      trigger={null}
    >
      <div className="shell-brand">
        <AppLogo />
        {!collapsed && (
          <div className="shell-brand-text">
            <Typography.Text strong className="shell-brand-name">
              {t('app.name')}
            </Typography.Text>
            <Typography.Text type="secondary" className="shell-brand-tagline">
              {t('app.tagline')}
            </Typography.Text>
          </div>
        )}
      </div>
      <nav aria-label={t('nav.label')} className="shell-nav">
        <Menu
          mode="inline"
          className="shell-menu"
          selectedKeys={[current.id]}
          items={MAIN_SECTIONS.map(toItem)}
          onClick={onClick}
        />
        <Menu
          mode="inline"
          className="shell-menu shell-menu-bottom"
          selectedKeys={[current.id]}
          items={[toItem(ABOUT_SECTION)]}
          onClick={onClick}
        />
      </nav>
    </Layout.Sider>
  );
}
