import { useEffect, useState } from 'react';
import { Alert, AutoComplete, Form, Input, Modal, Radio } from 'antd';
import type { AssociationType, QrCodeFields, QrCodeView } from '../../../../shared/qrcodes/schema';
import { invoke } from '../../ipc/client';
import { useT } from '../../i18n/useT';
import { useQrCodesStore, useQrListStore } from '../../stores/qrcodes-list';
import { TagHint } from './TagHint';

const EMPTY: QrCodeFields = {
  name: '',
  tag: '',
  associationType: 'referral',
  campaign: '',
  ownerRep: '',
  notes: '',
  expiresOn: null,
};

export const fieldsOf = (c: QrCodeView): QrCodeFields => ({
  name: c.name,
  tag: c.tag,
  associationType: c.associationType,
  campaign: c.campaign,
  ownerRep: c.ownerRep,
  notes: c.notes,
  expiresOn: c.expiresOn,
});

/** The fields every code has (one code, or the common part of a batch). */
export function CommonFields({
  value,
  onChange,
  idPrefix,
}: {
  value: Omit<QrCodeFields, 'name' | 'tag'>;
  onChange(patch: Partial<QrCodeFields>): void;
  idPrefix: string;
}) {
  const t = useT();
  const facets = useQrListStore((s) => s.facets);
  const opts = (values: string[] | undefined) => (values ?? []).map((v) => ({ value: v }));
  return (
    <>
      <Form.Item label={t('qrcodes.form.type')}>
        <Radio.Group
          aria-label={t('qrcodes.form.type')}
          value={value.associationType}
          onChange={(e) => onChange({ associationType: e.target.value as AssociationType })}
          options={[
            { value: 'referral', label: t('qrcodes.type.referral') },
            { value: 'reseller', label: t('qrcodes.type.reseller') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('qrcodes.form.campaign')} htmlFor={`${idPrefix}-campaign`}>
        <AutoComplete
          id={`${idPrefix}-campaign`}
          value={value.campaign}
          options={opts(facets?.campaigns)}
          maxLength={120}
          onChange={(campaign: string) => onChange({ campaign })}
        />
      </Form.Item>
      <Form.Item label={t('qrcodes.form.owner')} htmlFor={`${idPrefix}-owner`}>
        <AutoComplete
          id={`${idPrefix}-owner`}
          value={value.ownerRep}
          options={opts(facets?.ownerReps)}
          maxLength={60}
          onChange={(ownerRep: string) => onChange({ ownerRep })}
        />
      </Form.Item>
      <Form.Item label={t('qrcodes.form.expires')} htmlFor={`${idPrefix}-expires`}>
        <Input
          id={`${idPrefix}-expires`}
          type="date"
          value={value.expiresOn ?? ''}
          onChange={(e) => onChange({ expiresOn: e.target.value || null })}
        />
      </Form.Item>
      <Form.Item label={t('qrcodes.form.notes')} htmlFor={`${idPrefix}-notes`}>
        <Input.TextArea
          id={`${idPrefix}-notes`}
          rows={2}
          maxLength={2000}
          value={value.notes}
          onChange={(e) => onChange({ notes: e.target.value })}
        />
      </Form.Item>
    </>
  );
}

/**
 * A new code, or an existing one edited. The tag is shown as it will be saved (spaces
 * become '-', full-width forms folded) or refused; the core checks it again and its
 * refusal (e.g. another code has the tag) is shown without closing the dialog.
 */
export function CodeFormDialog({
  code,
  open,
  onClose,
  onSaved,
}: {
  code: QrCodeView | null;
  open: boolean;
  onClose(): void;
  onSaved?(code: QrCodeView): void;
}) {
  const t = useT();
  const [fields, setFields] = useState<QrCodeFields>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setFields(code ? fieldsOf(code) : EMPTY);
    setError(null);
  }, [open, code]);

  const patch = (p: Partial<QrCodeFields>) => setFields((f) => ({ ...f, ...p }));
  const save = async () => {
    setSaving(true);
    try {
      const saved = code
        ? await invoke('qrcodes.update', { id: code.id, fields })
        : await invoke('qrcodes.create', fields);
      useQrCodesStore.getState().changed();
      onSaved?.(saved);
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={code ? t('qrcodes.form.titleEdit') : t('qrcodes.form.titleNew')}
      okText={t('qrcodes.form.save')}
      cancelText={t('qrcodes.form.cancel')}
      onOk={() => void save()}
      okButtonProps={{ loading: saving, autoInsertSpace: false }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={() => void save()}>
        <Form.Item label={t('qrcodes.form.tag')} htmlFor="qr-form-tag" extra={<TagHint tag={fields.tag} />}>
          <Input id="qr-form-tag" value={fields.tag} maxLength={200} onChange={(e) => patch({ tag: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('qrcodes.form.name')} htmlFor="qr-form-name">
          <Input
            id="qr-form-name"
            value={fields.name}
            maxLength={120}
            placeholder={t('qrcodes.form.namePlaceholder')}
            onChange={(e) => patch({ name: e.target.value })}
          />
        </Form.Item>
        <CommonFields value={fields} onChange={patch} idPrefix="qr-form" />
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}
