import { Select } from 'antd';
import type { CycleSummary } from '../../../../shared/bills/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { formatCount } from '../sync/format';

/** The last 18 bill cycles, newest first; each says how many fee records it has, or that it has none. */
export function CyclePicker({
  cycles,
  value,
  onChange,
}: {
  cycles: readonly CycleSummary[];
  value: string | null;
  onChange(cycle: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const label = t('bills.cycle.label');
  return (
    <Select<string>
      className="bills-cycle-picker"
      aria-label={label}
      prefix={<span className="list-filter-prefix">{label}</span>}
      value={value ?? undefined}
      onChange={onChange}
      popupMatchSelectWidth={false}
      style={{ width: 200 }}
      optionLabelProp="title"
      options={cycles.map((c) => ({
        value: c.cycle,
        title: c.cycle,
        label: (
          <span className="bills-cycle-option">
            <span>{c.cycle}</span>
            <span className="bills-cycle-count">
              {c.records > 0
                ? t('bills.cycle.records', { count: formatCount(c.records, language) })
                : t('bills.cycle.empty')}
            </span>
          </span>
        ),
      }))}
    />
  );
}
