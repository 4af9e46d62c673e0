/**
 * Messages of the invoice rules in shared/invoices: credit code validation, the buyer and
 * line rules, why auto-matching chose each line, and why matching, picking or issuing was
 * refused. The screens' own strings belong in their feature module.
 */
export const zh = {
  'invoice.uscc.empty': '请填写统一社会信用代码',
  'invoice.uscc.length': '统一社会信用代码应为 18 位，当前为 {length} 位',
  'invoice.uscc.charset':
    '第 {position} 位的“{char}”不能出现在统一社会信用代码中（只用数字和除 I、O、Z、S、V 以外的大写字母）',
  'invoice.uscc.division': '统一社会信用代码第 3–8 位应为 6 位数字的行政区划码',
  'invoice.uscc.orgCheck': '统一社会信用代码第 9–17 位（组织机构代码）的校验位不符，请逐位核对',
  'invoice.uscc.check': '统一社会信用代码的校验位（第 18 位）不符，请逐位核对',

  'invoice.validation.amount': '金额应为保留两位小数的数字',
  'invoice.validation.nameRequired': '请填写购买方名称',
  'invoice.validation.nameTooLong': '购买方名称最多 100 个字符',
  'invoice.validation.addressRequired': '增值税专用发票须填写购买方地址',
  'invoice.validation.addressTooLong': '地址最多 200 个字符',
  'invoice.validation.phoneRequired': '增值税专用发票须填写购买方电话',
  'invoice.validation.phone': '电话号码只能包含数字、空格、+、- 和括号',
  'invoice.validation.bankRequired': '增值税专用发票须填写购买方开户银行',
  'invoice.validation.bankTooLong': '开户银行最多 100 个字符',
  'invoice.validation.bankAccountRequired': '增值税专用发票须填写购买方银行账号',
  'invoice.validation.bankAccount': '银行账号应为数字（可用空格或 - 分组）',
  'invoice.validation.lineExceedsItem': '发票行金额超出了该项目的可开票金额',
  'invoice.validation.remainderMismatch': '发票行的剩余金额与项目金额不一致',
  'invoice.validation.duplicateLine': '同一项目在发票中出现了两次',
  'invoice.validation.totalMismatch': '发票合计 {total} 与各行金额之和 {sum} 不一致',
  'invoice.validation.requestedMismatch': '匹配结果与指定的开票金额不一致，请重新匹配',
  'invoice.validation.noLines': '发票至少需要一行',
  'invoice.validation.totalNotPositive': '发票合计必须大于 0',
  'invoice.validation.numberMissing': '已开具的发票缺少发票编号或开具时间',
  'invoice.validation.voidedAt': '作废时间与发票状态不一致',

  'invoice.reason.refundFirst': '退款和调账优先匹配，整笔计入（{time}）',
  'invoice.reason.adjustmentFirst': '调账优先于账单匹配，整笔计入（{time}）',
  'invoice.reason.oldestFirst': '按消费时间由远及近，第 {rank} 早的账单，整笔计入（{time}）',
  'invoice.reason.partialLast': '最后一笔只取 {taken} 使合计等于开票金额，剩余 {remainder} 仍可开票（{time}）',
  'invoice.reason.picked': '手动选择，整笔计入（{time}）',

  'invoice.match.aboveAvailable': '开票金额 {requested} 超出了可开票金额，最多可开 {max}',
  'invoice.match.nothingAvailable': '该客户当前没有可开票金额（可开票合计 {max}）',
  'invoice.pick.none': '请至少选择一个项目',
  'invoice.pick.unknownItem': '项目 {item} 不在可开票列表中',
  'invoice.pick.duplicateItem': '项目 {item} 被选择了两次',
  'invoice.pick.nothingLeft': '项目 {item} 已没有可开票金额',
  'invoice.pick.notPositive': '所选项目合计 {total}，开票金额必须大于 0',

  'invoice.conflict.itemGone': '{item} 已被其他发票全部占用（本发票需要 {requested}）',
  'invoice.conflict.exceeds': '{item} 只剩 {available} 可开票，本发票需要 {requested}',
};

export const en: Record<keyof typeof zh, string> = {
  'invoice.uscc.empty': 'Enter the unified social credit code',
  'invoice.uscc.length': 'A unified social credit code has 18 characters; this one has {length}',
  'invoice.uscc.charset':
    'Character {position}, “{char}”, cannot appear in a unified social credit code (digits and capital letters except I, O, Z, S, V)',
  'invoice.uscc.division': 'Characters 3–8 of a unified social credit code are a 6-digit administrative division code',
  'invoice.uscc.orgCheck':
    'The check character of the organization code (characters 9–17) does not match; please check each character',
  'invoice.uscc.check':
    'The check character (character 18) of the unified social credit code does not match; please check each character',

  'invoice.validation.amount': 'Amounts have exactly two decimals',
  'invoice.validation.nameRequired': 'Enter the buyer’s name',
  'invoice.validation.nameTooLong': 'The buyer’s name has at most 100 characters',
  'invoice.validation.addressRequired': 'A special VAT invoice needs the buyer’s address',
  'invoice.validation.addressTooLong': 'The address has at most 200 characters',
  'invoice.validation.phoneRequired': 'A special VAT invoice needs the buyer’s phone number',
  'invoice.validation.phone': 'A phone number has only digits, spaces, +, - and parentheses',
  'invoice.validation.bankRequired': 'A special VAT invoice needs the buyer’s bank',
  'invoice.validation.bankTooLong': 'The bank name has at most 100 characters',
  'invoice.validation.bankAccountRequired': 'A special VAT invoice needs the buyer’s bank account number',
  'invoice.validation.bankAccount': 'A bank account number is digits (optionally grouped with spaces or -)',
  'invoice.validation.lineExceedsItem': 'The line takes more than the item has left to invoice',
  'invoice.validation.remainderMismatch': 'The line’s remainder does not match the item’s amount',
  'invoice.validation.duplicateLine': 'The same item is on the invoice twice',
  'invoice.validation.totalMismatch': 'The invoice total {total} is not the sum of its lines, {sum}',
  'invoice.validation.requestedMismatch': 'The matched lines do not add up to the requested amount; match again',
  'invoice.validation.noLines': 'An invoice needs at least one line',
  'invoice.validation.totalNotPositive': 'The invoice total must be greater than 0',
  'invoice.validation.numberMissing': 'An issued invoice needs its number and issue time',
  'invoice.validation.voidedAt': 'The void time does not match the invoice status',

  'invoice.reason.refundFirst': 'Refunds and adjustments are matched first, in full ({time})',
  'invoice.reason.adjustmentFirst': 'Adjustments are matched before bill items, in full ({time})',
  'invoice.reason.oldestFirst': 'Oldest consumption first: bill item no. {rank} by time, in full ({time})',
  'invoice.reason.partialLast':
    'Last item: only {taken} is taken so that the total equals the requested amount; {remainder} stays invoiceable ({time})',
  'invoice.reason.picked': 'Picked by hand, in full ({time})',

  'invoice.match.aboveAvailable': 'The requested {requested} is more than can be invoiced: at most {max}',
  'invoice.match.nothingAvailable': 'This customer has nothing to invoice right now (invoiceable total {max})',
  'invoice.pick.none': 'Pick at least one item',
  'invoice.pick.unknownItem': 'Item {item} is not among the invoiceable items',
  'invoice.pick.duplicateItem': 'Item {item} was picked twice',
  'invoice.pick.nothingLeft': 'Item {item} has nothing left to invoice',
  'invoice.pick.notPositive': 'The picked items add up to {total}; an invoice must be above 0',

  'invoice.conflict.itemGone': '{item} has been fully taken by another invoice (this one needs {requested})',
  'invoice.conflict.exceeds': '{item} has only {available} left to invoice; this invoice needs {requested}',
};
