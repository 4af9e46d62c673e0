import { useParams } from 'react-router-dom';
import { CustomerPage } from './customer-page/CustomerPage';

/** One customer's page (#/customers/:customerId): profile, orders, spend. */
export function CustomerScreen() {
  const { customerId = '' } = useParams();
  // Keyed by id: moving to another customer starts from a clean page.
  return <CustomerPage key={customerId} customerId={customerId} />;
}
