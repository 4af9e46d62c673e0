import { useState } from 'react';
import { Layout } from 'antd';
import { Outlet, useLocation } from 'react-router-dom';
import { DbRecoveredAlert } from './DbRecoveredAlert';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Sidebar } from './Sidebar';

/** Sidebar, header, and the current screen (inside an error boundary) in a scrolling main area. */
export function ShellLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const { pathname } = useLocation();
  return (
    <Layout className="shell">
      <Sidebar collapsed={collapsed} />
      <Layout className="shell-body">
        <Header collapsed={collapsed} onToggleSidebar={() => setCollapsed((c) => !c)} />
        <Layout.Content className="shell-content">
          <DbRecoveredAlert />
          <ErrorBoundary resetKey={pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
