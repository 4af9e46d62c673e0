import { useEffect, useState } from 'react';
import {
  CopyOutlined,
  DownloadOutlined,
  EditOutlined,
  InboxOutlined,
  PrinterOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Flex, Statistic, Typography } from 'antd';
import type { QrCodeView } from '../../../../shared/qrcodes/schema';
import { formatDate } from '../../components/list/format';
import { invoke } from '../../ipc/client';
import { useLanguage, useT } from '../../i18n/useT';
import { download } from '../../stores/order-export';
import { today, useQrCodesStore } from '../../stores/qrcodes-list';
import { AmountText } from '../orders/list/AmountText';
import { formatCount } from '../sync/format';
import { CodeStatusTag, firstLast } from './qr-columns';
import { TimelineChart } from './TimelineChart';

interface Props {
  id: string | null;
  onClose(): void;
  onEdit(code: QrCodeView): void;
  onPrint(code: QrCodeView): void;
  onOpen(id: string): void;
}

/**
 * One code: its fields, the customers its tag brought (first and last association, their
 * orders and spend since), its associations per month, and what can be done with it —
 * edit, duplicate, archive, print, PNG/SVG export.
 */
export function CodeDrawer({ id, onClose, onEdit, onPrint, onOpen }: Props) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const revision = useQrCodesStore((s) => s.revision);
  const hasLink = useQrCodesStore((s) => Boolean(s.setup?.link));
  const [code, setCode] = useState<QrCodeView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return;
    let live = true;
    invoke('qrcodes.get', { id }).then(
      (c) => live && (setCode(c), setError(null)),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [id, revision]);

  const act = async (what: string, run: () => Promise<void>) => {
    setBusy(what);
    try {
      await run();
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const archive = (archived: boolean) =>
    act('archive', async () => {
      await invoke('qrcodes.archive', { ids: [code!.id], archived });
      useQrCodesStore.getState().toggle(code!, false);
      useQrCodesStore.getState().changed();
      void message.success(t(archived ? 'qrcodes.archivedOne' : 'qrcodes.unarchivedOne', { tag: code!.tag }));
    });
  const duplicate = () =>
    act('duplicate', async () => {
      const copy = await invoke('qrcodes.duplicate', { id: code!.id });
      useQrCodesStore.getState().changed();
      void message.success(t('qrcodes.duplicated', { tag: copy.tag }));
      onOpen(copy.id);
    });
  const exportImage = (format: 'png' | 'svg') =>
    act(format, async () => {
      const layout = await useQrCodesStore.getState().loadLayout();
      const file = await invoke('qrcodes.exportImage', { id: code!.id, format, layout });
      download(file);
      void message.success(t('qrcodes.exported', { name: file.fileName }));
    });

  const shown = code && code.id === id ? code : null;
  const a = shown?.attribution;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={shown ? <span className="list-mono">{shown.tag}</span> : t('qrcodes.loading')}
      destroyOnHidden
    >
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {shown && a && (
        <Flex vertical gap={16}>
          <Flex gap={8} wrap>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(shown)}>
              {t('qrcodes.edit')}
            </Button>
            <Button icon={<CopyOutlined aria-hidden />} loading={busy === 'duplicate'} onClick={() => void duplicate()}>
              {t('qrcodes.duplicate')}
            </Button>
            {shown.archivedAt ? (
              <Button
                icon={<UndoOutlined aria-hidden />}
                loading={busy === 'archive'}
                onClick={() => void archive(false)}
              >
                {t('qrcodes.unarchive')}
              </Button>
            ) : (
              <Button
                icon={<InboxOutlined aria-hidden />}
                loading={busy === 'archive'}
                onClick={() => void archive(true)}
              >
                {t('qrcodes.archive')}
              </Button>
            )}
          </Flex>
          <Flex gap={8} wrap>
            <Button icon={<PrinterOutlined aria-hidden />} disabled={!hasLink} onClick={() => onPrint(shown)}>
              {t('qrcodes.printOne')}
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!hasLink}
              loading={busy === 'png'}
              aria-label={t('qrcodes.exportAs', { format: 'PNG' })}
              onClick={() => void exportImage('png')}
            >
              {t('qrcodes.exportPng')}
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!hasLink}
              loading={busy === 'svg'}
              aria-label={t('qrcodes.exportAs', { format: 'SVG' })}
              onClick={() => void exportImage('svg')}
            >
              {t('qrcodes.exportSvg')}
            </Button>
          </Flex>
          <section aria-label={t('qrcodes.attribution')} className="qr-stats">
            <Statistic title={t('qrcodes.col.customers')} value={formatCount(a.customers, language)} />
            <Statistic title={t('qrcodes.col.orders')} value={formatCount(a.orders, language)} />
            <div className="qr-stat">
              <div className="qr-stat-title">{t('qrcodes.col.spend')}</div>
              <AmountText amount={a.spend} className="qr-stat-value" />
            </div>
          </section>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('qrcodes.col.firstLast')}>{firstLast(shown)}</Descriptions.Item>
            <Descriptions.Item label={t('qrcodes.form.name')}>
              {shown.name} <CodeStatusTag code={shown} today={today()} t={t} />
            </Descriptions.Item>
            <Descriptions.Item label={t('qrcodes.form.type')}>
              {t(`qrcodes.type.${shown.associationType}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('qrcodes.form.campaign')}>{shown.campaign || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('qrcodes.form.owner')}>{shown.ownerRep || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('qrcodes.col.created')}>{formatDate(shown.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('qrcodes.col.expires')}>{shown.expiresOn ?? '—'}</Descriptions.Item>
            {shown.notes && <Descriptions.Item label={t('qrcodes.form.notes')}>{shown.notes}</Descriptions.Item>}
          </Descriptions>
          <section aria-label={t('qrcodes.chart.oneTitle')}>
            <Typography.Title level={3} className="qr-drawer-heading">
              {t('qrcodes.chart.oneTitle')}
            </Typography.Title>
            <TimelineChart ids={[shown.id]} height={180} />
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
