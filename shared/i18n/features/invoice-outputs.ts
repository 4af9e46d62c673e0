/**
 * Strings of the invoice outputs: the printed statement (PDF, print dialog) and the Excel
 * file of issued invoices for batch import. The statement's own words are in
 * electron/invoices/pdf/labels.ts. en is typed against zh.
 */
export const zh = {
  'invoiceOutputs.pdf.noChromium':
    '无法生成 PDF：没有找到 Chromium 或 Chrome 浏览器。请安装 Chromium（Linux: apt-get install chromium）后重试。',
  'invoiceOutputs.pdf.timeout': '生成 PDF 超时，请重试。',
  'invoiceOutputs.pdf.failed': '生成 PDF 失败：{reason}',
  'invoiceOutputs.excel.range': '开具日期范围无效：开始日期不能晚于结束日期。',
  'invoiceOutputs.excel.failed': '导出 Excel 失败：{reason}',
};

export const en: Record<keyof typeof zh, string> = {
  'invoiceOutputs.pdf.noChromium':
    'The PDF could not be made: no Chromium or Chrome is installed. Install Chromium (Linux: apt-get install chromium) and try again.',
  'invoiceOutputs.pdf.timeout': 'Making the PDF took too long. Please try again.',
  'invoiceOutputs.pdf.failed': 'The PDF could not be made: {reason}',
  'invoiceOutputs.excel.range': 'The issue date range is not valid: the start is after the end.',
  'invoiceOutputs.excel.failed': 'The Excel export failed: {reason}',
};
