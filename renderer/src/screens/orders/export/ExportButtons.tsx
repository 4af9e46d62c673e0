import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ExportFormat } from '../../../../../shared/exports/schema';
import { useT } from '../../../i18n/useT';
import { useOrderExportStore } from '../../../stores/order-export';
import { useOrdersListStore } from '../../../stores/orders-list';

const FORMATS = [
  { format: 'csv', icon: <FileTextOutlined aria-hidden />, key: 'orders.export.csv' },
  { format: 'xlsx', icon: <FileExcelOutlined aria-hidden />, key: 'orders.export.xlsx' },
] as const satisfies { format: ExportFormat; icon: React.ReactNode; key: string }[];

/** "Export CSV" / "Export XLSX": the list as filtered and sorted now. */
export function ExportButtons() {
  const t = useT();
  const starting = useOrderExportStore((s) => s.starting);
  const running = useOrderExportStore((s) => s.job?.state === 'running');
  const blocked = useOrdersListStore((s) => Boolean(s.error?.fields.length) || s.total === 0);
  const start = (format: ExportFormat) => {
    const { filter, sort } = useOrdersListStore.getState();
    void useOrderExportStore.getState().start(format, filter, sort);
  };
  return (
    <Space.Compact>
      {FORMATS.map(({ format, icon, key }) => (
        <Button
          key={format}
          icon={icon}
          loading={starting === format}
          disabled={running || blocked || starting !== null}
          onClick={() => start(format)}
        >
          {t(key)}
        </Button>
      ))}
    </Space.Compact>
  );
}
