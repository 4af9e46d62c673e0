import type { ReactNode } from 'react';
import {
  CloudSyncOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InfoCircleOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  WalletOutlined,
} from '@ant-design/icons';

export type SectionId =
  'dashboard' | 'customers' | 'orders' | 'bills' | 'invoices' | 'qrcodes' | 'certificates' | 'sync' | 'about';

export interface Section {
  id: SectionId;
  /** Hash route. */
  path: string;
  /** Decorative: the label next to it names the section (aria-hidden keeps names clean). */
  icon: ReactNode;
}

const icon = (Icon: typeof TeamOutlined) => <Icon aria-hidden />;

/** The sidebar in order. Titles are `section.<id>.title` in shared/i18n. */
export const MAIN_SECTIONS: Section[] = [
  { id: 'dashboard', path: '/', icon: icon(DashboardOutlined) },
  { id: 'customers', path: '/customers', icon: icon(TeamOutlined) },
  { id: 'orders', path: '/orders', icon: icon(ShoppingCartOutlined) },
  { id: 'bills', path: '/bills', icon: icon(WalletOutlined) },
  { id: 'invoices', path: '/invoices', icon: icon(FileTextOutlined) },
  { id: 'qrcodes', path: '/qrcodes', icon: icon(QrcodeOutlined) },
  { id: 'certificates', path: '/certificates', icon: icon(SafetyCertificateOutlined) },
  { id: 'sync', path: '/sync', icon: icon(CloudSyncOutlined) },
];

export const ABOUT_SECTION: Section = { id: 'about', path: '/about', icon: icon(InfoCircleOutlined) };

export const ALL_SECTIONS = [...MAIN_SECTIONS, ABOUT_SECTION];

export function sectionById(id: SectionId): Section {
  return ALL_SECTIONS.find((s) => s.id === id)!;
}

/** The section a route belongs to (deeper routes like /orders/123 keep "Orders" selected). */
export function sectionForPath(pathname: string): Section {
  return (
    ALL_SECTIONS.filter((s) => s.path !== '/')
      .sort((a, b) => b.path.length - a.path.length)
      .find((s) => pathname === s.path || pathname.startsWith(s.path + '/')) ?? MAIN_SECTIONS[0]!
  );
}

/** Sections that are not built yet; their screens say what will be there. */
export type PlannedSectionId = Exclude<SectionId, 'dashboard' | 'sync' | 'about'>;
