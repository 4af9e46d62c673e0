import { useEffect, useMemo, useRef, useState } from 'react';
import { FilePdfOutlined, LeftOutlined, PrinterOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Form, InputNumber, Modal, Radio, Typography } from 'antd';
import {
  DEFAULT_LAYOUT,
  GRID_LIMITS,
  PRESETS,
  SHEET_KINDS,
  type GridSpec,
  type LayoutSpec,
} from '../../../../shared/qrcodes/layout';
import { invoke } from '../../ipc/client';
import { useT } from '../../i18n/useT';
import { download } from '../../stores/order-export';
import { useQrCodesStore } from '../../stores/qrcodes-list';
import { sheetModel, type SheetSource } from './preview';
import { SheetPage } from './SheetPreview';

/** Electron has the system print dialog; the browser host prints through "Export PDF". */
const canPrint = /\bElectron\//.test(navigator.userAgent);
const PREVIEW_PX = 420;

type GridField = keyof GridSpec;
const GRID_FIELDS: { field: GridField; label: 'rows' | 'cols' | 'marginX' | 'marginY' | 'codeMm'; step: number }[] = [
  { field: 'rows', label: 'rows', step: 1 },
  { field: 'cols', label: 'cols', step: 1 },
  { field: 'marginXMm', label: 'marginX', step: 0.5 },
  { field: 'marginYMm', label: 'marginY', step: 0.5 },
  { field: 'codeMm', label: 'codeMm', step: 1 },
];
const LIMIT_OF: Record<GridField, { min: number; max: number }> = {
  rows: GRID_LIMITS.rows,
  cols: GRID_LIMITS.cols,
  marginXMm: GRID_LIMITS.marginMm,
  marginYMm: GRID_LIMITS.marginMm,
  codeMm: GRID_LIMITS.codeMm,
};

/**
 * The print view of a set of codes: the layout (A4 1/4/8/24-up, a custom grid in mm), the
 * caption's language, the centre logo; a live preview of the sheet drawn with the printed
 * geometry; "Export PDF" (the save dialog in Electron, a download in the browser host) and,
 * in Electron, the system print dialog. The layout is kept for the profile.
 */
export function PrintDialog({ codes, onClose }: { codes: SheetSource[] | null; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const setup = useQrCodesStore((s) => s.setup);
  const stored = useQrCodesStore((s) => s.layout);
  const [layout, setLayout] = useState<LayoutSpec | null>(stored);
  const [page, setPage] = useState(0);
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null);
  const open = codes !== null;

  useEffect(() => {
    if (!open) return;
    setPage(0);
    useQrCodesStore
      .getState()
      .loadLayout()
      .then(setLayout, () => setLayout(DEFAULT_LAYOUT));
  }, [open]);

  const model = useMemo(
    () => (layout && setup?.link && codes ? sheetModel(codes, { ...setup, link: setup.link }, layout, page) : null),
    [codes, setup, layout, page],
  );

  // Keep the profile's layout once the rep stops changing it (only one the core accepts).
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const change = (next: LayoutSpec) => {
    setLayout(next);
    useQrCodesStore.getState().setLayout(next);
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void invoke('qrcodes.layout.set', next).catch(() => {}), 600);
  };
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const run = async (what: 'pdf' | 'print') => {
    if (!layout || !codes) return;
    setBusy(what);
    try {
      const input = { ids: codes.map((c) => c.id), layout };
      if (what === 'pdf') {
        const file = await invoke('qrcodes.pdf', input);
        download(file);
        void message.success(t('qrcodes.sheet.ready', { name: file.fileName }));
      } else {
        const r = await invoke('qrcodes.print', input);
        if (r.state === 'unsupported') void message.info(t('qrcodes.sheet.unsupported'));
      }
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const grid: GridSpec | null = layout ? (layout.sheet === 'custom' ? layout.custom : PRESETS[layout.sheet]) : null;
  const pages = model?.ok ? model.pages : 0;

  return (
    <Modal
      open={open}
      title={t('qrcodes.sheet.title')}
      width={1040}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('qrcodes.sheet.close')}</Button>
          {canPrint && (
            <Button
              icon={<PrinterOutlined aria-hidden />}
              loading={busy === 'print'}
              disabled={!model?.ok}
              onClick={() => void run('print')}
            >
              {t('qrcodes.sheet.printDialog')}
            </Button>
          )}
          <Button
            type="primary"
            icon={<FilePdfOutlined aria-hidden />}
            loading={busy === 'pdf'}
            disabled={!model?.ok}
            onClick={() => void run('pdf')}
          >
            {t('qrcodes.sheet.pdf')}
          </Button>
        </Flex>
      }
    >
      {!setup?.link ? (
        <Alert type="warning" showIcon title={t('qrcodes.error.noLink')} />
      ) : layout && grid ? (
        <Flex gap={24} align="flex-start" className="qr-print">
          <Form layout="vertical" className="qr-print-form">
            <Form.Item label={t('qrcodes.sheet.layout')}>
              <Radio.Group
                aria-label={t('qrcodes.sheet.layout')}
                value={layout.sheet}
                onChange={(e) => {
                  setPage(0);
                  change({ ...layout, sheet: e.target.value as LayoutSpec['sheet'] });
                }}
              >
                <Flex vertical gap={4}>
                  {SHEET_KINDS.map((k) => (
                    <Radio key={k} value={k}>
                      {t(`qrcodes.sheet.${k}`)}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
            <Flex wrap gap={8} className="qr-print-grid">
              {GRID_FIELDS.map(({ field, label, step }) => (
                <Form.Item key={field} label={t(`qrcodes.sheet.${label}`)} htmlFor={`qr-grid-${field}`}>
                  <InputNumber
                    id={`qr-grid-${field}`}
                    min={LIMIT_OF[field].min}
                    max={LIMIT_OF[field].max}
                    step={step}
                    precision={step === 1 ? 0 : 1}
                    disabled={layout.sheet !== 'custom'}
                    value={grid[field]}
                    onChange={(v) => {
                      if (v === null) return;
                      setPage(0);
                      change({ ...layout, custom: { ...layout.custom, [field]: v } });
                    }}
                  />
                </Form.Item>
              ))}
            </Flex>
            <Form.Item label={t('qrcodes.sheet.language')}>
              <Radio.Group
                aria-label={t('qrcodes.sheet.language')}
                value={layout.language}
                optionType="button"
                options={[
                  { value: 'zh-CN', label: t('language.zh-CN') },
                  { value: 'en-US', label: t('language.en-US') },
                ]}
                onChange={(e) => change({ ...layout, language: e.target.value as LayoutSpec['language'] })}
              />
            </Form.Item>
            <Form.Item help={setup.logo ? undefined : t('qrcodes.sheet.noLogo')}>
              <Checkbox
                checked={layout.logo && Boolean(setup.logo)}
                disabled={!setup.logo}
                onChange={(e) => change({ ...layout, logo: e.target.checked })}
              >
                {t('qrcodes.sheet.logo')}
              </Checkbox>
            </Form.Item>
            {model?.ok && (
              <Typography.Paragraph type="secondary" className="qr-print-summary" role="status">
                {t('qrcodes.sheet.pages', { codes: codes?.length ?? 0, pages })}
                <br />
                {t('qrcodes.sheet.ec', { level: model.level })}
              </Typography.Paragraph>
            )}
          </Form>
          <section className="qr-print-preview" aria-label={t('qrcodes.sheet.preview')}>
            {model && !model.ok ? (
              <Alert type="error" showIcon role="alert" title={t('qrcodes.error.layout', { max: model.maxCodeMm })} />
            ) : model?.ok ? (
              <>
                <SheetPage
                  cells={model.cells}
                  geometry={model.geometry}
                  logo={model.logo}
                  widthPx={PREVIEW_PX}
                  label={t('qrcodes.sheet.page', { page: Math.min(page, pages - 1) + 1 })}
                />
                {pages > 1 && (
                  <Flex gap={8} align="center" justify="center" className="qr-print-pager">
                    <Button
                      size="small"
                      icon={<LeftOutlined aria-hidden />}
                      aria-label={t('qrcodes.sheet.prevPage')}
                      disabled={page === 0}
                      onClick={() => setPage((p) => Math.max(0, p - 1))}
                    />
                    <span>{t('qrcodes.sheet.pageOf', { page: Math.min(page, pages - 1) + 1, pages })}</span>
                    <Button
                      size="small"
                      icon={<RightOutlined aria-hidden />}
                      aria-label={t('qrcodes.sheet.nextPage')}
                      disabled={page >= pages - 1}
                      onClick={() => setPage((p) => Math.min(pages - 1, p + 1))}
                    />
                  </Flex>
                )}
              </>
            ) : null}
          </section>
        </Flex>
      ) : null}
    </Modal>
  );
}
