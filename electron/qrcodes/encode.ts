import QRCode from 'qrcode';
import type { QrMatrix } from '../../shared/qrcodes/matrix';

/** Error correction: Q by default (25 % of the symbol may be damaged), H (30 %) when a logo covers the centre. */
export const ecLevel = (logo: boolean): 'Q' | 'H' => (logo ? 'H' : 'Q');

/** Encodes a link with the `qrcode` library (byte mode, smallest version that holds it). */
export function encodeLink(link: string, level: 'Q' | 'H'): QrMatrix {
  const m = QRCode.create(link, { errorCorrectionLevel: level }).modules;
  return { size: m.size, data: m.data };
}
