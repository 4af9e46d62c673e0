import { ComingSoon } from '../../shell/ComingSoon';

/** Not built yet: says what will be here, shows no sample data. */
export function QrCodesScreen() {
  return <ComingSoon section="qrcodes" />;
}
