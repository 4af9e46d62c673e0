/**
 * The BSS API's code tables (../shared/reference/bss-api.md) as words in both languages.
 * Kept as data beside the codes rather than in the i18n files: they are the API's
 * vocabulary, and the zh-CN words are the partner center's own.
 */
export type Label = { 'zh-CN': string; 'en-US': string };

export const ORDER_STATUS: Record<number, Label> = {
  1: { 'zh-CN': '待审核', 'en-US': 'Pending review' },
  2: { 'zh-CN': '待退款', 'en-US': 'Pending refund' },
  3: { 'zh-CN': '处理中', 'en-US': 'Processing' },
  4: { 'zh-CN': '已取消', 'en-US': 'Cancelled' },
  5: { 'zh-CN': '已完成', 'en-US': 'Completed' },
  6: { 'zh-CN': '待支付', 'en-US': 'Pending payment' },
  9: { 'zh-CN': '待确认', 'en-US': 'Pending confirmation' },
  10: { 'zh-CN': '待发货', 'en-US': 'Pending shipment' },
  11: { 'zh-CN': '待收货', 'en-US': 'Pending receipt' },
  12: { 'zh-CN': '待上门取货', 'en-US': 'Pending pickup' },
  13: { 'zh-CN': '换新中', 'en-US': 'Being replaced' },
};

export const ORDER_TYPE: Record<number, Label> = {
  1: { 'zh-CN': '开通', 'en-US': 'New purchase' },
  2: { 'zh-CN': '续订', 'en-US': 'Renewal' },
  3: { 'zh-CN': '变更', 'en-US': 'Change' },
  4: { 'zh-CN': '退订', 'en-US': 'Unsubscription' },
  10: { 'zh-CN': '包年/包月转按需', 'en-US': 'Subscription to pay-per-use' },
  11: { 'zh-CN': '按需转包年/包月', 'en-US': 'Pay-per-use to subscription' },
  13: { 'zh-CN': '试用', 'en-US': 'Trial' },
  14: { 'zh-CN': '转商用', 'en-US': 'Trial to commercial' },
  15: { 'zh-CN': '费用调整', 'en-US': 'Fee adjustment' },
};

export const ASSOCIATION_TYPE: Record<string, Label> = {
  '1': { 'zh-CN': '顾问销售', 'en-US': 'Referral' },
  '2': { 'zh-CN': '代售', 'en-US': 'Reseller' },
};

export const VERIFIED_STATUS: Record<string, Label> = {
  '-1': { 'zh-CN': '未实名认证', 'en-US': 'Not verified' },
  '0': { 'zh-CN': '实名认证审核中', 'en-US': 'Verification in review' },
  '1': { 'zh-CN': '实名认证不通过', 'en-US': 'Verification rejected' },
  '2': { 'zh-CN': '已实名认证', 'en-US': 'Verified' },
};

export const FROZEN: Record<number, Label> = {
  0: { 'zh-CN': '正常', 'en-US': 'Active' },
  1: { 'zh-CN': '账号冻结', 'en-US': 'Account frozen' },
  2: { 'zh-CN': '账号和资源冻结', 'en-US': 'Account and resources frozen' },
};

export const CUSTOMER_TYPE: Record<number, Label> = {
  [-1]: { 'zh-CN': '无类型', 'en-US': 'No type' },
  0: { 'zh-CN': '个人', 'en-US': 'Individual' },
  1: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
};

export const BILL_DETAIL_TYPE: Record<number, Label> = {
  1: { 'zh-CN': '消费-新购', 'en-US': 'Charge – new purchase' },
  2: { 'zh-CN': '消费-续订', 'en-US': 'Charge – renewal' },
  3: { 'zh-CN': '消费-变更', 'en-US': 'Charge – change' },
  4: { 'zh-CN': '退款-退订', 'en-US': 'Refund – unsubscription' },
  5: { 'zh-CN': '消费-使用', 'en-US': 'Charge – usage' },
  8: { 'zh-CN': '消费-自动续订', 'en-US': 'Charge – auto-renewal' },
  9: { 'zh-CN': '调账-补偿', 'en-US': 'Adjustment – compensation' },
  14: { 'zh-CN': '消费-服务支持计划月末扣费', 'en-US': 'Charge – support plan, month end' },
  16: { 'zh-CN': '调账-扣费', 'en-US': 'Adjustment – deduction' },
  18: { 'zh-CN': '消费-按月付费', 'en-US': 'Charge – monthly payment' },
  20: { 'zh-CN': '退款-变更', 'en-US': 'Refund – change' },
  23: { 'zh-CN': '消费-节省计划抵扣', 'en-US': 'Charge – savings plan' },
  24: { 'zh-CN': '退款-包年/包月转按需', 'en-US': 'Refund – subscription to pay-per-use' },
  103: { 'zh-CN': '消费-按年付费', 'en-US': 'Charge – yearly payment' },
};

/** The word for a code, or the code itself when the table does not know it (never blank). */
export function codeLabel(
  table: Record<string | number, Label>,
  code: string | number | null | undefined,
  language: 'zh-CN' | 'en-US',
): string {
  if (code === null || code === undefined || code === '') return '—';
  return table[code]?.[language] ?? String(code);
}
