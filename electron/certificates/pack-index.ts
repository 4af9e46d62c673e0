import type { CertificateView } from '../../shared/certificates/schema';
import { translate, type MessageKey } from '../../shared/i18n/messages';
import type { Language } from '../../shared/settings/schema';
import { escapeHtml } from '../invoices/pdf/template';

export interface PackEntry {
  certificate: CertificateView;
  /** Its file's name in the ZIP; null when the certificate has no file. */
  file: string | null;
}

const CSS = `
@page { size: A4 landscape; margin: 14mm 12mm; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 9pt; color: #111; }
h1 { font-size: 16pt; margin: 0 0 2mm; color: #8b1a1a; }
.meta { color: #444; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; word-break: break-all; }
thead { display: table-header-group; }
th { background: #f1f1f1; }
tr { break-inside: avoid; }
.expired, .revoked { color: #b00; font-weight: 600; }
`;

/**
 * The bid pack's index: one self-contained page (no script, loads nothing; every value
 * escaped) listing each certificate with the name of its file in the ZIP.
 */
export function bidPackIndexHtml(
  data: { title: string; entries: PackEntry[]; today: string },
  language: Language,
): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => escapeHtml(translate(language, key, params));
  const rows = data.entries
    .map((e, i) => {
      const c = e.certificate;
      const status = translate(language, `certificates.status.${c.status}` as MessageKey);
      return `<tr>
<td>${i + 1}</td>
<td>${t(`certificates.kind.${c.kind}` as MessageKey)}</td>
<td>${escapeHtml(c.name)}</td>
<td>${escapeHtml(c.track)}</td>
<td>${escapeHtml(c.number)}</td>
<td class="${c.status}">${escapeHtml(status)}</td>
<td>${escapeHtml(c.issueDate ?? '')}</td>
<td>${escapeHtml(c.expiryDate ?? '')}</td>
<td>${escapeHtml(c.account ?? '')}</td>
<td>${e.file ? escapeHtml(e.file) : t('certificates.pack.noFile')}</td>
</tr>`;
    })
    .join('\n');
  const title = data.title || translate(language, 'certificates.pack.defaultTitle');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<div class="meta">${t('certificates.pack.meta', { count: data.entries.length, date: data.today })}</div>
<table>
<thead><tr>
<th>#</th><th>${t('certificates.col.kind')}</th><th>${t('certificates.col.name')}</th><th>${t('certificates.col.track')}</th>
<th>${t('certificates.col.number')}</th><th>${t('certificates.col.status')}</th><th>${t('certificates.col.issueDate')}</th>
<th>${t('certificates.col.expiryDate')}</th><th>${t('certificates.col.account')}</th><th>${t('certificates.col.file')}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
