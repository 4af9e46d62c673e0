import { settle } from '../../../shared/money/settle';
import { localDateTime } from '../pdf/template';
import type { ImportRow } from './repository';

/**
 * The columns of the batch-import file, in order (docs/invoice-import-columns.md says what
 * each holds). Headers are fixed Chinese whatever the UI language: an e-invoicing system
 * maps columns by their header text, so they must not change with the user's setting.
 * Amounts are text with exactly 2 decimals — exact, never a floating-point cell.
 */
export const IMPORT_COLUMNS: readonly { header: string; width: number; cell: (r: ImportRow) => string }[] = [
  { header: '发票号码', width: 18, cell: (r) => r.number },
  { header: '开票日期', width: 12, cell: (r) => localDateTime(r.issuedAt).slice(0, 10) },
  { header: '发票类型', width: 16, cell: (r) => (r.type === 'special' ? '增值税专用发票' : '增值税普通发票') },
  { header: '购买方名称', width: 30, cell: (r) => r.buyerName },
  { header: '购买方纳税人识别号', width: 22, cell: (r) => r.buyerCreditCode },
  { header: '购买方地址', width: 30, cell: (r) => r.buyerAddress },
  { header: '购买方电话', width: 16, cell: (r) => r.buyerPhone },
  { header: '购买方开户银行', width: 24, cell: (r) => r.buyerBank },
  { header: '购买方银行账号', width: 24, cell: (r) => r.buyerAccount },
  { header: '行号', width: 6, cell: (r) => String(r.lineNo) },
  { header: '项目名称', width: 40, cell: (r) => r.description || r.itemId },
  { header: '金额', width: 14, cell: (r) => settle(r.amount) },
  { header: '含税标志', width: 8, cell: () => '是' },
  { header: '备注', width: 24, cell: (r) => r.note },
  { header: '价税合计', width: 14, cell: (r) => settle(r.totalAmount) },
  { header: '明细类型', width: 8, cell: (r) => KIND[r.kind] },
  { header: '消费时间', width: 17, cell: (r) => localDateTime(r.itemTime) },
  { header: '明细项ID', width: 34, cell: (r) => r.itemId },
  { header: '客户ID', width: 34, cell: (r) => r.customerId },
  { header: '客户名称', width: 28, cell: (r) => r.customerName ?? '' },
  { header: '发票ID', width: 38, cell: (r) => r.invoiceId },
];

const KIND: Record<ImportRow['kind'], string> = { bill: '账单', refund: '退款', adjustment: '调账' };
