import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { useT } from '../i18n/useT';
import { ReminderBell } from '../screens/certificates/ReminderBell';
import { LanguageSwitch } from './LanguageSwitch';
import { SIDEBAR_ID } from './Sidebar';
import { StatusIndicators } from './StatusIndicators';

interface HeaderProps {
  collapsed: boolean;
  onToggleSidebar(): void;
}

export function Header({ collapsed, onToggleSidebar }: HeaderProps) {
  const t = useT();
  return (
    <Layout.Header className="shell-header">
      <Button
        type="text"
        icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
        aria-label={t(collapsed ? 'shell.expandSidebar' : 'shell.collapseSidebar')}
        aria-expanded={!collapsed}
        aria-controls={SIDEBAR_ID}
        onClick={onToggleSidebar}
      />
      <Flex align="center" gap={8} className="shell-header-end">
        <StatusIndicators />
        <ReminderBell />
        <LanguageSwitch />
      </Flex>
    </Layout.Header>
  );
}
