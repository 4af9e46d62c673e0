import { AppError } from '../../shared/ipc/errors';
import { translate } from '../../shared/i18n/messages';
import type { Language } from '../../shared/settings/schema';
import type { LinkProblem } from '../../shared/qrcodes/link';
import type { BatchTagProblem } from '../../shared/qrcodes/tags';

/** Why one tag was refused, in the user's language. */
export function tagReason(language: Language, p: BatchTagProblem['problem']): string {
  switch (p.reason) {
    case 'empty':
      return translate(language, 'qrcodes.error.tag.empty');
    case 'tooLong':
      return translate(language, 'qrcodes.error.tag.tooLong', { max: p.max });
    case 'badChar':
      return translate(language, 'qrcodes.error.tag.badChar', { char: p.char });
    case 'duplicate':
      return translate(language, 'qrcodes.error.tag.duplicate', { of: p.of + 1 });
    case 'exists':
      return translate(language, 'qrcodes.error.tag.exists');
  }
}

/**
 * A refused tag or batch: the message names the first problem and how many there are;
 * `details.problems` lists each (1-based number, what was typed, why) for the dialog.
 */
export function refuseTags(language: Language, problems: BatchTagProblem[], batch: boolean): never {
  const list = problems.map((p) => ({
    index: p.index + 1,
    input: p.input,
    tag: p.tag,
    reason: p.problem.reason,
    message: tagReason(language, p.problem),
  }));
  const first = list[0]!;
  if (!batch)
    throw new AppError(
      'INVALID_INPUT',
      'qrcodes.error.tag',
      { input: first.input, reason: first.message },
      { problems: list },
    );
  throw new AppError(
    'INVALID_INPUT',
    'qrcodes.error.batch',
    { count: list.length, index: first.index, input: first.input, reason: first.message },
    { problems: list },
  );
}

export function refuseLink(p: LinkProblem): never {
  switch (p.reason) {
    case 'empty':
      throw new AppError('INVALID_INPUT', 'qrcodes.error.linkEmpty', {}, { reason: p.reason });
    case 'tooLong':
      throw new AppError(
        'INVALID_INPUT',
        'qrcodes.error.linkTooLong',
        { max: p.max, length: p.length },
        { reason: p.reason },
      );
    case 'notUrl':
      throw new AppError('INVALID_INPUT', 'qrcodes.error.linkNotUrl', {}, { reason: p.reason });
    case 'notHttps':
      throw new AppError('INVALID_INPUT', 'qrcodes.error.linkNotHttps', { scheme: p.scheme }, { reason: p.reason });
  }
}
