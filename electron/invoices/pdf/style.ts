/**
 * The statement's print stylesheet: A4 portrait, the system CJK sans-serif (Noto Sans CJK /
 * Source Han Sans on Linux, PingFang on macOS, Microsoft YaHei on Windows), black on white
 * so it prints on any office printer. The page-number margin boxes are added by the template.
 */
export const STATEMENT_CSS = `
@page {
  size: A4 portrait;
  margin: 16mm 14mm 18mm 14mm;
  @bottom-left { font: 8pt "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #555; }
  @bottom-right { font: 8pt "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #555; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  font-size: 9.5pt;
  line-height: 1.45;
  color: #111;
}
header { display: flex; align-items: baseline; justify-content: space-between; border-bottom: 2px solid #8b1a1a; padding-bottom: 3mm; margin-bottom: 4mm; }
h1 { font-size: 18pt; margin: 0; letter-spacing: 0.08em; color: #8b1a1a; }
header .type { font-size: 11pt; font-weight: 600; }
h2 { font-size: 10.5pt; margin: 0 0 1.5mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; }
.meta { margin-bottom: 4mm; }
.meta th { width: 28mm; color: #444; font-weight: 500; }
.parties { display: flex; gap: 5mm; margin-bottom: 5mm; }
.party { flex: 1; border: 1px solid #999; padding: 2.5mm 3mm; break-inside: avoid; }
.party th { width: 30mm; color: #444; font-weight: 500; }
.party td { word-break: break-all; }
.status { font-weight: 700; }
.status-voided { color: #b00; }
.status-draft { color: #a60; }
.lines-title .count { font-weight: 400; color: #555; font-size: 9pt; margin-left: 2mm; }
.lines { border: 1px solid #777; font-size: 8.5pt; line-height: 1.3; }
.lines th, .lines td { padding: 0.7mm 1.2mm; }
.lines thead { display: table-header-group; }
.lines th { background: #f1ece4; border-bottom: 1px solid #777; font-weight: 600; white-space: nowrap; }
.lines td { border-top: 1px solid #ddd; }
.lines tr { break-inside: avoid; }
.lines .num { width: 10mm; text-align: right; }
.lines .desc { word-break: break-word; }
.lines .kind { width: 12mm; white-space: nowrap; }
.lines .time { width: 25mm; white-space: nowrap; }
.lines .item { width: 30mm; font-size: 7pt; color: #444; word-break: break-all; }
.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.lines .amount { width: 26mm; }
.lines th.item { font-size: inherit; color: inherit; }
.totals { margin-top: 3mm; border: 1px solid #777; break-inside: avoid; }
.totals th { width: 40mm; background: #f1ece4; }
.totals td.amount { font-size: 11pt; font-weight: 700; }
.totals td.words { font-size: 11pt; font-weight: 700; letter-spacing: 0.05em; }
.note { margin-top: 4mm; break-inside: avoid; }
.note p { margin: 0; white-space: pre-wrap; word-break: break-word; }
.empty { color: #999; }
footer { margin-top: 6mm; font-size: 7.5pt; color: #666; }
.watermark {
  position: fixed; top: 45%; left: 0; right: 0; text-align: center;
  font-size: 54pt; font-weight: 700; color: rgba(180, 0, 0, 0.12); transform: rotate(-24deg);
  pointer-events: none; z-index: 10;
}
`;
