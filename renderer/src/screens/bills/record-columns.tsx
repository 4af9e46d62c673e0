import { Tag } from 'antd';
import { BILL_DETAIL_TYPE, codeLabel } from '../../../../shared/codes/bss';
import { recordKind } from '../../../../shared/bills/kinds';
import type { BillRecordRow, BillRecordSort } from '../../../../shared/bills/schema';
import type { Language } from '../../../../shared/settings/schema';
import { formatDateTimeShort } from '../../components/list/format';
import type { Column } from '../../components/list/VirtualTable';
import type { TFunction } from '../../i18n/useT';
import { BillAmount } from './BillAmount';

const none = <span className="list-none">—</span>;
const isZero = (amount: string | null) => amount === null || /^-?0(\.0*)?$/.test(amount);

/** Refunds and adjustments tagged by their type, write-offs with a tag of their own. */
function RecordType({ record, language, t }: { record: BillRecordRow; language: Language; t: TFunction }) {
  const kind = recordKind(record.billDetailType);
  const word = codeLabel(BILL_DETAIL_TYPE, record.billDetailType, language);
  return (
    <span className="list-tags">
      {kind === 'charge' ? (
        <span className="bills-type">{word}</span>
      ) : (
        <Tag color={kind === 'refund' ? 'volcano' : 'gold'} className="list-tag">
          {word}
        </Tag>
      )}
      {!isZero(record.writeoff) && (
        <Tag color="purple" className="list-tag">
          {t('bills.tag.writeoff')}
        </Tag>
      )}
    </span>
  );
}

/** A fee record's columns: when, what, and its amount three ways (official, settled, 抹零). */
export function recordColumns(t: TFunction, language: Language): Column<BillRecordRow, BillRecordSort>[] {
  return [
    {
      key: 'time',
      title: t('bills.rcol.time'),
      width: 142,
      sort: { field: 'tradeTime', first: 'desc' },
      render: (r) => (r.tradeTime ? formatDateTimeShort(r.tradeTime) : none),
    },
    {
      key: 'type',
      title: t('bills.rcol.type'),
      width: language === 'zh-CN' ? 140 : 200,
      render: (r) => <RecordType record={r} language={language} t={t} />,
      hint: (r) =>
        [codeLabel(BILL_DETAIL_TYPE, r.billDetailType, language), isZero(r.writeoff) ? '' : t('bills.tag.writeoff')]
          .filter(Boolean)
          .join(' · '),
    },
    {
      key: 'service',
      title: t('bills.rcol.service'),
      render: (r) => [r.serviceTypeName, r.resourceTypeName].filter(Boolean).join(' · ') || '—',
    },
    {
      key: 'resource',
      title: t('bills.rcol.resource'),
      width: 112,
      render: (r) => r.resourceName ?? r.resourceId ?? '—',
    },
    {
      key: 'official',
      title: t('bills.col.official'),
      width: 112,
      align: 'end',
      sort: { field: 'official', first: 'desc' },
      render: (r) => <BillAmount amount={r.official} />,
    },
    {
      key: 'settled',
      title: t('bills.col.settled'),
      width: 112,
      align: 'end',
      render: (r) => <BillAmount amount={r.settled} className="bills-settled" />,
    },
    {
      key: 'erase',
      title: t('bills.col.erase'),
      width: 112,
      align: 'end',
      render: (r) => <BillAmount amount={r.erase} show="full" className="bills-erase" />,
    },
    {
      key: 'writeoff',
      title: t('bills.rcol.writeoff'),
      width: 100,
      align: 'end',
      render: (r) => (isZero(r.writeoff) ? none : <BillAmount amount={r.writeoff!} />),
    },
  ];
}
