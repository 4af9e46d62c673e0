import { createHashRouter, Navigate } from 'react-router-dom';
import { AboutScreen } from '../screens/about/AboutScreen';
import { BillsScreen } from '../screens/bills/BillsScreen';
import { CertificatesScreen } from '../screens/certificates/CertificatesScreen';
import { CustomerScreen } from '../screens/customers/CustomerScreen';
import { CustomersScreen } from '../screens/customers/CustomersScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { InvoiceScreen } from '../screens/invoices/InvoiceScreen';
import { InvoicesScreen } from '../screens/invoices/InvoicesScreen';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { QrCodesScreen } from '../screens/qrcodes/QrCodesScreen';
import { SyncSettingsScreen } from '../screens/sync/SyncSettingsScreen';
import { ShellLayout } from './ShellLayout';

/**
 * Hash routes: the app is served from app:// (Electron) and from one static index.html
 * (browser host), so the path part of the URL never changes. Paths match shell/sections.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <ShellLayout />,
      children: [
        { index: true, element: <DashboardScreen /> },
        { path: 'customers', element: <CustomersScreen /> },
        { path: 'customers/:customerId', element: <CustomerScreen /> },
        { path: 'orders', element: <OrdersScreen /> },
        { path: 'orders/:orderId', element: <OrdersScreen /> },
        { path: 'bills', element: <BillsScreen /> },
        { path: 'invoices', element: <InvoicesScreen /> },
        { path: 'invoices/:invoiceId', element: <InvoiceScreen /> },
        { path: 'qrcodes', element: <QrCodesScreen /> },
        { path: 'certificates', element: <CertificatesScreen /> },
        { path: 'sync', element: <SyncSettingsScreen /> },
        { path: 'about', element: <AboutScreen /> },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}
