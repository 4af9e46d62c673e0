/**
 * Messages of the money module (shared/money): why a typed amount was refused. The keys
 * are the error codes of parseUserAmount, so every layer shows the same sentence.
 */
export const zh = {
  'money.error.empty': '请输入金额',
  'money.error.notANumber': '“{text}”不是数字，请输入金额，例如 1234.50',
  'money.error.exponent': '“{text}”是科学计数法，请直接写出金额，例如 1000',
  'money.error.sign': '“{text}”的正负号有误：符号只能有一个，并写在金额最前面',
  'money.error.grouping': '“{text}”的千位分隔符位置不对，应每三位一个逗号，例如 1,234.50',
  'money.error.format': '“{text}”不是有效的金额，请只输入数字和小数点，例如 1234.50',
  'money.error.tooManyDecimals': '金额最多保留 {max} 位小数，当前有 {decimals} 位',
  'money.error.tooLarge': '金额过大，必须小于 {limit}',
  'money.error.zero': '开票金额必须大于 0',
  'money.error.negative': '开票金额不能为负数',
};

export const en: Record<keyof typeof zh, string> = {
  'money.error.empty': 'Enter an amount',
  'money.error.notANumber': '“{text}” is not a number. Enter an amount, for example 1234.50',
  'money.error.exponent': '“{text}” uses exponent notation. Write the amount out, for example 1000',
  'money.error.sign': '“{text}” has a misplaced sign: use at most one sign, in front of the amount',
  'money.error.grouping':
    '“{text}” has misplaced thousands separators: one comma every three digits, for example 1,234.50',
  'money.error.format': '“{text}” is not a valid amount. Use digits and a decimal point only, for example 1234.50',
  'money.error.tooManyDecimals': 'Use at most {max} decimals (this amount has {decimals})',
  'money.error.tooLarge': 'The amount is too large: it must be below {limit}',
  'money.error.zero': 'The invoice amount must be greater than 0',
  'money.error.negative': 'The invoice amount cannot be negative',
};
