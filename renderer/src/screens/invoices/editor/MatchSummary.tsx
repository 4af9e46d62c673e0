import { Flex, Statistic, Typography } from 'antd';
import type { MatchedLine } from '../../../../../shared/invoices/matching';
import { formatMoney } from '../../../../../shared/money/format';
import { sign, sum } from '../../../../../shared/money/arith';
import { useLanguage, useT } from '../../../i18n/useT';

/**
 * What the matching made of the amount, at a glance: the total, the refunds and
 * adjustments it took first, the bill items after them, and what the partial item leaves.
 */
export function MatchSummary({ total, lines }: { total: string; lines: MatchedLine[] }) {
  const t = useT();
  const language = useLanguage();
  const credits = lines.filter((l) => l.kind !== 'bill');
  const bills = lines.filter((l) => l.kind === 'bill');
  const partial = lines.find((l) => sign(l.remainder) !== 0);
  const stat = (title: string, amount: string, count: number | null, strong = false) => (
    <Statistic
      className={strong ? 'invoice-stat invoice-stat-strong' : 'invoice-stat'}
      title={title}
      value={formatMoney(amount, language)}
      suffix={
        count === null ? undefined : (
          <span className="invoice-stat-count">{t('invoices.summary.items', { count })}</span>
        )
      }
    />
  );
  return (
    <section className="invoice-summary" aria-label={t('invoices.summary.region')}>
      <Flex gap={24} wrap>
        {stat(t('invoices.summary.matched'), total, lines.length, true)}
        {credits.length > 0 && stat(t('invoices.summary.credits'), sum(credits.map((l) => l.amount)), credits.length)}
        {stat(t('invoices.summary.bills'), sum(bills.map((l) => l.amount)), bills.length)}
      </Flex>
      {partial && (
        <Typography.Paragraph type="secondary" className="invoice-summary-partial">
          {t('invoices.summary.partial', { amount: formatMoney(partial.remainder, language) })}
        </Typography.Paragraph>
      )}
    </section>
  );
}
