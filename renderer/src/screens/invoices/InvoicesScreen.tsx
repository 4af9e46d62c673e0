import { ComingSoon } from '../../shell/ComingSoon';

/** Not built yet: says what will be here, shows no sample data. */
export function InvoicesScreen() {
  return <ComingSoon section="invoices" />;
}
