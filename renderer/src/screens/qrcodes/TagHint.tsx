import { Typography } from 'antd';
import { normalizeTag, type BatchTagProblem } from '../../../../shared/qrcodes/tags';
import { useT, type TFunction } from '../../i18n/useT';

/** Why a tag is refused, worded as the core words it (electron/qrcodes/refusals.ts). */
export function tagProblemText(t: TFunction, p: BatchTagProblem['problem']): string {
  switch (p.reason) {
    case 'empty':
      return t('qrcodes.error.tag.empty');
    case 'tooLong':
      return t('qrcodes.error.tag.tooLong', { max: p.max });
    case 'badChar':
      return t('qrcodes.error.tag.badChar', { char: p.char });
    case 'duplicate':
      return t('qrcodes.error.tag.duplicate', { of: p.of + 1 });
    case 'exists':
      return t('qrcodes.error.tag.exists');
  }
}

/** Under the tag field: how the tag will be saved, or why it cannot be. */
export function TagHint({ tag }: { tag: string }) {
  const t = useT();
  if (!tag) return <span>{t('qrcodes.form.tagHelp')}</span>;
  const r = normalizeTag(tag);
  if (!r.ok)
    return (
      <Typography.Text type="danger" role="status">
        {tagProblemText(t, r.problem)}
      </Typography.Text>
    );
  return (
    <span role="status">{r.tag === tag ? t('qrcodes.form.tagHelp') : t('qrcodes.form.tagAs', { tag: r.tag })}</span>
  );
}
