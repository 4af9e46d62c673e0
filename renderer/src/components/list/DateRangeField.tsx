import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/useT';

const FORMAT = 'YYYY-MM-DD';

interface DateRangeFieldProps {
  label: string;
  from: string | undefined;
  to: string | undefined;
  onChange(from: string | undefined, to: string | undefined): void;
  invalid?: boolean;
}

/**
 * A `YYYY-MM-DD` range for a filter, each end optional. The picker does not reorder the
 * dates: an end before the start is kept as typed, so the filter can say what is wrong
 * instead of silently swapping them.
 */
export function DateRangeField({ label, from, to, onChange, invalid }: DateRangeFieldProps) {
  const t = useT();
  return (
    <div role="group" aria-label={label} className="list-filter list-filter-range">
      <DatePicker.RangePicker
        prefix={<span className="list-filter-prefix">{label}</span>}
        value={[from ? dayjs(from, FORMAT) : null, to ? dayjs(to, FORMAT) : null]}
        format={FORMAT}
        order={false}
        allowEmpty={[true, true]}
        status={invalid ? 'error' : undefined}
        placeholder={[t('list.dateFrom'), t('list.dateTo')]}
        aria-label={label}
        onChange={(dates) => {
          const [start, end] = dates ?? [null, null];
          onChange(start?.format(FORMAT), end?.format(FORMAT));
        }}
      />
    </div>
  );
}
