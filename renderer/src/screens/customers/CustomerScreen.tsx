import { useParams } from 'react-router-dom';

/** One customer's page (profile, spend, orders). Placeholder until the screen lands. */
export function CustomerScreen() {
  const { customerId } = useParams();
  return <div data-customer-id={customerId} />;
}
