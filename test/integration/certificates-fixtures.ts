import { Readable } from 'node:stream';
import { PNG } from 'pngjs';
import { startCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/logger';
import type { PdfPrinter } from '../../electron/core/pdf-printer';
import type { CertificateFields } from '../../shared/certificates/schema';
import { DB_WORKER } from '../support/paths';

/**
 * Fixtures of the certificate tests: real files (a PDF any reader opens — objects, xref
 * table with true offsets, trailer — and a PNG encoded by pngjs), a core with a settable
 * clock, and the upload route's first half (a slot and the bytes into it).
 */

/** A one-page A4 PDF 1.4 saying `text` (ASCII), with a correct cross-reference table. */
export function realPdf(text = 'HCIP Certificate'): Buffer {
  const content = `BT /F1 24 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A real PNG (a red-to-blue gradient), `w` × `h`. */
export function realPng(w = 64, h = 40): Buffer {
  const png = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      png.data[i] = Math.round((255 * x) / w);
      png.data[i + 1] = 40;
      png.data[i + 2] = Math.round((255 * y) / h);
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

/** A Windows program's first bytes (MZ … PE), as a renamed `.pdf` would carry them. */
export function fakeExe(): Buffer {
  const b = Buffer.alloc(4096);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

export function personal(number: string, over: Partial<CertificateFields> = {}): CertificateFields {
  return {
    scope: 'personal',
    kind: 'HCIP',
    name: '张三',
    track: 'Datacom',
    number,
    status: 'passed',
    issueDate: '2025-01-01',
    expiryDate: '2028-01-01',
    note: '',
    ...over,
  };
}

export function company(number: string, over: Partial<CertificateFields> = {}): CertificateFields {
  return {
    scope: 'company',
    kind: 'cloudSoftware',
    name: '智慧园区云平台',
    track: '',
    number,
    status: 'passed',
    issueDate: '2025-03-01',
    expiryDate: '2027-03-01',
    note: '',
    ...over,
  };
}

/** A settable clock: `set('2026-05-01')` moves "now" to noon that day (local time). */
export function testClock(start: string) {
  let now = new Date(`${start}T12:00:00`);
  return {
    now: () => new Date(now),
    set(date: string) {
      now = new Date(`${date}T12:00:00`);
    },
  };
}

export function certCore(
  dataDir: string,
  opts: { clock?: () => Date; chooseOpenPath?: () => Promise<string | null>; pdfPrinter?: PdfPrinter } = {},
): Promise<Core> {
  return startCore({
    dataDir,
    transport: 'browser-host',
    dbWorkerScript: DB_WORKER,
    logger: silentLogger,
    autoSync: false,
    language: 'en-US',
    clock: opts.clock,
    chooseOpenPath: opts.chooseOpenPath,
    pdfPrinter: opts.pdfPrinter,
  });
}

/** A slot, and `data` streamed into it as the upload route does; answers the ticket and the route's outcome. */
export async function upload(core: Core, data: Buffer, name: string) {
  const slot = core.certificates.uploadSlot();
  const ticket = slot.url.split('/').pop()!;
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += 1 << 20) chunks.push(data.subarray(i, i + (1 << 20)));
  const outcome = await core.certificates.receiveUpload(ticket, Readable.from(chunks), name);
  return { ticket, outcome };
}
