import { useEffect, useMemo, useState } from 'react';
import { Alert, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { BATCH_MAX, type QrCodeFields } from '../../../../shared/qrcodes/schema';
import { checkBatchTags, sequenceTags } from '../../../../shared/qrcodes/tags';
import { IpcError, invoke } from '../../ipc/client';
import { useT } from '../../i18n/useT';
import { useQrCodesStore } from '../../stores/qrcodes-list';
import { CommonFields } from './CodeFormDialog';
import { tagProblemText } from './TagHint';

type Common = Omit<QrCodeFields, 'name' | 'tag'>;
const COMMON: Common = { associationType: 'referral', campaign: '', ownerRep: '', notes: '', expiresOn: null };
const SHOWN_PROBLEMS = 8;

interface Problem {
  index: number;
  input: string;
  message: string;
}

/** The core's refusal of a batch: each refused tag, numbered from 1, with why. */
function problemsOf(err: unknown): Problem[] {
  if (!(err instanceof IpcError)) return [];
  const list = (err.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(list) ? (list as Problem[]) : [];
}

/**
 * Many codes at once: a numbered run (EXPO-001 … EXPO-040) or a pasted list of tags. The
 * tags are previewed as they will be saved and checked against each other before asking;
 * the core checks them again against the profile's codes and creates all of them or none.
 */
export function BatchDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const [kind, setKind] = useState<'sequence' | 'list'>('sequence');
  const [prefix, setPrefix] = useState('EXPO-');
  const [from, setFrom] = useState(1);
  const [count, setCount] = useState(40);
  const [digits, setDigits] = useState(3);
  const [list, setList] = useState('');
  const [name, setName] = useState('');
  const [common, setCommon] = useState<Common>(COMMON);
  const [error, setError] = useState<{ message: string; problems: Problem[] } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  const raw = useMemo(
    () =>
      kind === 'sequence'
        ? sequenceTags(prefix, from, Math.min(count, BATCH_MAX + 1), digits)
        : list.split(/\r?\n/).filter((l) => l.trim() !== ''),
    [kind, prefix, from, count, digits, list],
  );
  const check = useMemo(() => checkBatchTags(raw, new Set()), [raw]);
  const tooMany = raw.length > BATCH_MAX;
  const local: Problem[] = check.ok
    ? []
    : check.problems.map((p) => ({ index: p.index + 1, input: p.input, message: tagProblemText(t, p.problem) }));
  const ready = raw.length > 0 && check.ok && !tooMany;

  const create = async () => {
    if (!ready) return;
    setSaving(true);
    try {
      const base = { name, ...common };
      const r =
        kind === 'sequence'
          ? await invoke('qrcodes.createBatch', { kind, prefix, from, count, digits, ...base })
          : await invoke('qrcodes.createBatch', { kind, tags: raw, ...base });
      useQrCodesStore.getState().changed();
      onClose();
      return r;
    } catch (err) {
      setError({ message: (err as Error).message, problems: problemsOf(err) });
    } finally {
      setSaving(false);
    }
  };

  const shown = error?.problems.length ? error.problems : local;
  return (
    <Modal
      open={open}
      title={t('qrcodes.batch.title')}
      okText={t('qrcodes.batch.create')}
      cancelText={t('qrcodes.form.cancel')}
      onOk={() => void create()}
      okButtonProps={{ disabled: !ready, loading: saving, autoInsertSpace: false }}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('qrcodes.batch.kind')}>
          <Radio.Group
            aria-label={t('qrcodes.batch.kind')}
            optionType="button"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as 'sequence' | 'list');
              setError(null);
            }}
            options={[
              { value: 'sequence', label: t('qrcodes.batch.sequence') },
              { value: 'list', label: t('qrcodes.batch.list') },
            ]}
          />
        </Form.Item>
        {kind === 'sequence' ? (
          <Flex gap={8} wrap>
            <Form.Item label={t('qrcodes.batch.prefix')} htmlFor="qr-batch-prefix">
              <Input
                id="qr-batch-prefix"
                value={prefix}
                maxLength={40}
                onChange={(e) => {
                  setPrefix(e.target.value);
                  setError(null);
                }}
              />
            </Form.Item>
            <Form.Item label={t('qrcodes.batch.from')} htmlFor="qr-batch-from">
              <InputNumber
                id="qr-batch-from"
                min={0}
                max={999_999}
                precision={0}
                value={from}
                onChange={(v) => setFrom(v ?? 0)}
              />
            </Form.Item>
            <Form.Item
              label={t('qrcodes.batch.count')}
              htmlFor="qr-batch-count"
              validateStatus={tooMany ? 'error' : undefined}
              help={tooMany ? t('qrcodes.error.batchTooBig') : undefined}
            >
              <InputNumber
                id="qr-batch-count"
                min={1}
                max={9999}
                precision={0}
                value={count}
                onChange={(v) => setCount(v ?? 1)}
              />
            </Form.Item>
            <Form.Item label={t('qrcodes.batch.digits')} htmlFor="qr-batch-digits">
              <InputNumber
                id="qr-batch-digits"
                min={1}
                max={6}
                precision={0}
                value={digits}
                onChange={(v) => setDigits(v ?? 1)}
              />
            </Form.Item>
          </Flex>
        ) : (
          <Form.Item
            label={t('qrcodes.batch.tags')}
            htmlFor="qr-batch-tags"
            validateStatus={tooMany ? 'error' : undefined}
            help={tooMany ? t('qrcodes.error.batchTooBig') : undefined}
          >
            <Input.TextArea
              id="qr-batch-tags"
              rows={5}
              value={list}
              onChange={(e) => {
                setList(e.target.value);
                setError(null);
              }}
            />
          </Form.Item>
        )}
        <div className="qr-batch-preview" role="status" aria-label={t('qrcodes.batch.previewLabel')}>
          {check.ok && raw.length > 0 && !tooMany ? (
            <Typography.Text>
              {t('qrcodes.batch.preview', {
                count: check.tags.length,
                first: check.tags[0]!,
                last: check.tags[check.tags.length - 1]!,
              })}
            </Typography.Text>
          ) : raw.length === 0 ? (
            <Typography.Text type="secondary">{t('qrcodes.batch.nothing')}</Typography.Text>
          ) : null}
        </div>
        <Form.Item label={t('qrcodes.batch.name')} htmlFor="qr-batch-name">
          <Input id="qr-batch-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        <CommonFields value={common} onChange={(p) => setCommon((c) => ({ ...c, ...p }))} idPrefix="qr-batch" />
      </Form>
      {(error || local.length > 0) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error?.message ?? t('qrcodes.batch.problems', { count: local.length })}
          description={
            shown.length > 0 && (
              <ul className="qr-batch-problems">
                {shown.slice(0, SHOWN_PROBLEMS).map((p) => (
                  <li key={p.index}>
                    {t('qrcodes.batch.problem', { index: p.index, input: p.input, reason: p.message })}
                  </li>
                ))}
                {shown.length > SHOWN_PROBLEMS && (
                  <li>{t('qrcodes.batch.moreProblems', { count: shown.length - SHOWN_PROBLEMS })}</li>
                )}
              </ul>
            )
          }
        />
      )}
    </Modal>
  );
}
