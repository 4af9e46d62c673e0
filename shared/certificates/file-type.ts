import type { FileMime } from './schema';

/**
 * What a certificate file is, from its bytes — never from its name: a renamed program is
 * still a program. PDF (`%PDF-`), PNG (the 8-byte signature) and JPEG (FF D8 FF) are
 * accepted. A file is also checked to be whole: a PDF ends with `%%EOF` (within its last
 * 1 KiB, as the format allows trailing bytes), a PNG with its IEND chunk, a JPEG with the
 * end-of-image marker — a download cut short is refused rather than stored.
 */
export type Sniffed = { mime: FileMime; complete: boolean } | { mime: null; what: 'executable' | 'unknown' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** Executables people rename to .pdf: Windows PE (MZ), ELF, Mach-O, shell scripts. */
function isExecutable(head: Uint8Array): boolean {
  return (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(head, [0x23, 0x21])
  );
}

/** `head`: the first bytes (≥ 16); `tail`: the last bytes (≤ 1024) of the same file. */
export function sniffFile(head: Uint8Array, tail: Uint8Array): Sniffed {
  if (ascii(head.subarray(0, 5)) === '%PDF-') {
    return { mime: 'application/pdf', complete: ascii(tail).includes('%%EOF') };
  }
  if (startsWith(head, PNG_SIGNATURE)) {
    return { mime: 'image/png', complete: tail.length >= 8 && startsWith(tail, PNG_IEND, tail.length - 8) };
  }
  if (startsWith(head, [0xff, 0xd8, 0xff])) {
    // A JPEG may carry padding after its end-of-image marker; look at the last few bytes.
    const end = tail.subarray(Math.max(0, tail.length - 32));
    let complete = false;
    for (let i = 0; i + 1 < end.length; i++) if (end[i] === 0xff && end[i + 1] === 0xd9) complete = true;
    return { mime: 'image/jpeg', complete };
  }
  return { mime: null, what: isExecutable(head) ? 'executable' : 'unknown' };
}

export const EXTENSION: Record<FileMime, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
