import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import {
  AccountName,
  CertificateFields,
  COMPANY_KINDS,
  PERSONAL_LEVELS,
  StoredStatus,
  type CertificateScope,
  type CertificateView,
  type UploadInfo,
} from '../../../../shared/certificates/schema';
import { checkFields } from '../../../../shared/certificates/validate';
import { isMessageKey, type MessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';
import { FileDrop } from './FileDrop';

interface FormValues {
  scope: CertificateScope;
  kind: string;
  name: string;
  track: string;
  number: string;
  status: string;
  issueDate: string;
  expiryDate: string;
  account: string;
  note: string;
}

const FIELD_OF: Record<string, keyof FormValues> = {
  issue_date: 'issueDate',
  expiry_date: 'expiryDate',
  issueDate: 'issueDate',
  expiryDate: 'expiryDate',
};

function initial(c: CertificateView | null): FormValues {
  return {
    scope: c?.scope ?? 'company',
    kind: c?.kind ?? 'cloudSoftware',
    name: c?.name ?? '',
    track: c?.track ?? '',
    number: c?.number ?? '',
    status: c?.storedStatus ?? 'passed',
    issueDate: c?.issueDate ?? '',
    expiryDate: c?.expiryDate ?? '',
    account: c?.account ?? '',
    note: c?.note ?? '',
  };
}

/**
 * Add or edit a certificate: company (kind, solution) or personal (level, holder, track,
 * the account it is bound to at first); number, status, dates, note, and the file. The
 * shared rules check the form before it is sent; the core checks it again.
 */
export function CertificateForm({
  open,
  editing,
  onClose,
}: {
  open: boolean;
  editing: CertificateView | null;
  onClose(): void;
}) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const scope = Form.useWatch('scope', form) ?? 'company';
  const [upload, setUpload] = useState<UploadInfo | null>(null);
  const [uploading, setUploading] = useState(false);
  const busy = useCertificatesStore((s) => s.busy === 'save');
  const error = useCertificatesStore((s) => s.error);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial(editing));
    setUpload(null);
    setFormKey((k) => k + 1);
    useCertificatesStore.getState().dismiss();
  }, [open, editing, form]);

  const msg = (key: string) => (isMessageKey(key) ? t(key) : key);

  const submit = async () => {
    const v = form.getFieldsValue(true) as FormValues;
    const raw = {
      scope: v.scope,
      kind: v.kind,
      name: v.name ?? '',
      track: v.scope === 'personal' ? (v.track ?? '') : '',
      number: v.number ?? '',
      status: v.status,
      issueDate: v.issueDate || null,
      expiryDate: v.expiryDate || null,
      note: v.note ?? '',
    };
    const errors = new Map<keyof FormValues, string>();
    const parsed = CertificateFields.safeParse(raw);
    if (!parsed.success)
      for (const i of parsed.error.issues) {
        const f = String(i.path[0] ?? '');
        const field = (FIELD_OF[f] ?? f) as keyof FormValues;
        if (!errors.has(field)) errors.set(field, msg(i.message.includes('.') ? i.message : 'validation.tooLong'));
      }
    let account: string | null = null;
    if (!editing && v.scope === 'personal' && (v.account ?? '').trim() !== '') {
      const a = AccountName.safeParse(v.account);
      if (a.success) account = a.data;
      else errors.set('account', msg(a.error.issues[0]!.message));
    }
    if (parsed.success)
      for (const p of checkFields(parsed.data, account)) {
        const field = (FIELD_OF[p.column] ?? p.column) as keyof FormValues;
        if (!errors.has(field)) errors.set(field, t(p.key as MessageKey));
      }
    form.setFields(
      (Object.keys(initial(null)) as (keyof FormValues)[]).map((name) => ({
        name,
        errors: errors.has(name) ? [errors.get(name)!] : [],
      })),
    );
    if (errors.size || !parsed.success) return;
    const ok = await useCertificatesStore.getState().save({
      id: editing?.id ?? null,
      revision: editing?.revision ?? 1,
      fields: parsed.data,
      account,
      upload: upload?.ticket ?? null,
    });
    if (ok) onClose();
  };

  const kinds = scope === 'company' ? COMPANY_KINDS : PERSONAL_LEVELS;
  return (
    <Modal
      open={open}
      title={t(editing ? 'certificates.form.title.edit' : 'certificates.form.title.add')}
      okText={t('certificates.save')}
      cancelText={t('certificates.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: uploading }}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial(editing)} requiredMark={false} className="cert-form">
        <Form.Item name="scope" label={t('certificates.form.scope')}>
          <Radio.Group
            disabled={editing !== null}
            onChange={(e) => form.setFieldValue('kind', e.target.value === 'company' ? 'cloudSoftware' : 'HCIP')}
            options={(['company', 'personal'] as const).map((s) => ({ value: s, label: t(`certificates.scope.${s}`) }))}
          />
        </Form.Item>
        <div className="cert-form-row">
          <Form.Item name="kind" label={t(scope === 'company' ? 'certificates.form.kind' : 'certificates.form.level')}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`certificates.kind.${k}` as MessageKey) }))} />
          </Form.Item>
          {scope === 'personal' && (
            <Form.Item name="track" label={t('certificates.form.track')}>
              <Input placeholder={t('certificates.form.trackPlaceholder')} />
            </Form.Item>
          )}
        </div>
        <div className="cert-form-row">
          <Form.Item
            name="name"
            label={t(scope === 'company' ? 'certificates.form.solution' : 'certificates.form.holder')}
          >
            <Input />
          </Form.Item>
          <Form.Item name="number" label={t('certificates.form.number')}>
            <Input />
          </Form.Item>
        </div>
        <div className="cert-form-row">
          <Form.Item name="status" label={t('certificates.form.status')}>
            <Select options={StoredStatus.options.map((s) => ({ value: s, label: t(`certificates.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="issueDate" label={t('certificates.form.issueDate')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="expiryDate" label={t('certificates.form.expiryDate')}>
            <Input type="date" />
          </Form.Item>
        </div>
        {scope === 'personal' && !editing && (
          <Form.Item name="account" label={t('certificates.form.account')}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('certificates.form.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('certificates.form.file')}>
          <FileDrop key={formKey} onChange={setUpload} onBusy={setUploading} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
