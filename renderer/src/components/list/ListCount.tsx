import { Spin } from 'antd';
import { useLanguage } from '../../i18n/useT';
import { formatCount } from '../../screens/sync/format';

/**
 * "共 1,234 个客户": the matches of the current query, announced politely as it changes;
 * "1,100+" when only a lower bound is known (`more`).
 */
export function ListCount({
  total,
  more = false,
  busy,
  text,
}: {
  total: number | null;
  more?: boolean;
  busy: boolean;
  text(count: string): string;
}) {
  const language = useLanguage();
  return (
    <div className="list-count" role="status" aria-live="polite">
      {busy && <Spin size="small" aria-hidden />}
      {total !== null && <span>{text(`${formatCount(total, language)}${more ? '+' : ''}`)}</span>}
    </div>
  );
}
