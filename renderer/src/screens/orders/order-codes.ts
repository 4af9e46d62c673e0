import type { Label } from '../../../../shared/codes/bss';
import type { Language } from '../../../../shared/settings/schema';

/**
 * Code tables of the order detail (../shared/reference/bss-api.md §2, §3) that only this
 * screen shows. zh-CN words are the partner center's own.
 */
export const DISCOUNT_TYPE: Record<string, Label> = {
  '200': { 'zh-CN': '促销产品折扣', 'en-US': 'Promotional product discount' },
  '300': { 'zh-CN': '促销折扣券', 'en-US': 'Promotional discount coupon' },
  '301': { 'zh-CN': '促销代金券', 'en-US': 'Promotional voucher' },
  '302': { 'zh-CN': '促销现金券', 'en-US': 'Promotional cash coupon' },
  '500': { 'zh-CN': '代理订购指定折扣', 'en-US': 'Partner-set discount' },
  '501': { 'zh-CN': '代理订购指定减免', 'en-US': 'Partner-set reduction' },
  '502': { 'zh-CN': '代理订购指定一口价', 'en-US': 'Partner-set fixed price' },
  '600': { 'zh-CN': '折扣返利合同', 'en-US': 'Discount rebate contract' },
  '601': { 'zh-CN': '渠道框架合同', 'en-US': 'Channel framework contract' },
  '602': { 'zh-CN': '专款专用合同', 'en-US': 'Earmarked-fund contract' },
  '603': { 'zh-CN': '线下直签合同', 'en-US': 'Offline direct contract' },
  '604': { 'zh-CN': '电销授权合同', 'en-US': 'Telesales authorization contract' },
  '605': { 'zh-CN': '商务合同折扣', 'en-US': 'Commercial contract discount' },
  '606': { 'zh-CN': '渠道商务合同折扣', 'en-US': 'Channel commercial contract discount' },
  '607': { 'zh-CN': '合作伙伴授权折扣', 'en-US': 'Partner authorized discount' },
  '609': { 'zh-CN': '订单调价折扣', 'en-US': 'Order price adjustment' },
  '610': { 'zh-CN': '免单金额', 'en-US': 'Waived amount' },
  '700': { 'zh-CN': '促销折扣', 'en-US': 'Promotional discount' },
  '800': { 'zh-CN': '充值帐户折扣', 'en-US': 'Top-up account discount' },
  '900': { 'zh-CN': '产品本身折扣', 'en-US': "Product's own discount" },
  '901': { 'zh-CN': '基准价一口价的折扣', 'en-US': 'Fixed base-price discount' },
};

/** Line-item period types with a length (`period_num` of these units). */
const PERIOD_UNIT: Record<number, 'day' | 'week' | 'month' | 'year' | 'hour'> = {
  0: 'day',
  1: 'week',
  2: 'month',
  3: 'year',
  4: 'hour',
};

/** Period types without a length. */
const PERIOD_WORD: Record<number, Label> = {
  5: { 'zh-CN': '一次性', 'en-US': 'One-off' },
  6: { 'zh-CN': '按需', 'en-US': 'Pay-per-use' },
  7: { 'zh-CN': '按用量报表使用', 'en-US': 'By usage report' },
};

/** "12 个月" / "12 months", "一次性" / "One-off"; null when the API gave no period. */
export function periodLabel(type: number | null, num: number | null, language: Language): string | null {
  if (type === null) return null;
  const unit = PERIOD_UNIT[type];
  if (unit)
    return num === null
      ? (new Intl.DisplayNames(language, { type: 'dateTimeField' }).of(unit) ?? unit)
      : new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(num);
  return PERIOD_WORD[type]?.[language] ?? String(type);
}

/** Order status as a tag colour: done green, cancelled grey, waiting for payment orange. */
export function statusColor(status: number | null): string {
  switch (status) {
    case 5:
      return 'success';
    case 4:
      return 'default';
    case 6:
      return 'warning';
    case 2:
      return 'magenta';
    case 1:
    case 3:
    case 9:
      return 'processing';
    default:
      return 'default';
  }
}
