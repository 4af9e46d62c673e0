import { CloseCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { checkSums } from '../../../../shared/bills/check';
import { formatMoney } from '../../../../shared/money/format';
import { useLanguage, useT } from '../../i18n/useT';

/**
 * The per-cycle check Σ settled + Σ 抹零 = Σ official, with the three sums written out in
 * full (every decimal, so the reader can add them up) and its verdict: ✓, or the difference.
 */
export function ConsistencyCheck({
  cycle,
  sums,
}: {
  cycle: string;
  sums: { official: string; settled: string; erase: string };
}) {
  const t = useT();
  const language = useLanguage();
  const { ok, difference } = checkSums(sums);
  const full = (amount: string) => formatMoney(amount, language, 'full');
  const diff = full(difference);
  return (
    <div
      className={ok ? 'bills-check' : 'bills-check bills-check-bad'}
      role="status"
      aria-label={ok ? t('bills.check.okAria', { cycle }) : t('bills.check.badAria', { cycle, difference: diff })}
    >
      <div className="bills-check-head">
        <span className="bills-check-title">{t('bills.check.title')}</span>
        <Tag
          color={ok ? 'success' : 'error'}
          icon={ok ? undefined : <CloseCircleFilled aria-hidden />}
          className="bills-check-verdict"
        >
          {ok ? `✓ ${t('bills.check.ok')}` : t('bills.check.bad', { difference: diff })}
        </Tag>
      </div>
      <div className="bills-check-formula">{t('bills.check.formula')}</div>
      <div className="bills-check-equation" data-testid="bills-equation">
        <span>{full(sums.settled)}</span>
        <span aria-hidden="true">+</span>
        <span>{full(sums.erase)}</span>
        <span aria-hidden="true">=</span>
        <span>{full(sums.official)}</span>
      </div>
    </div>
  );
}
