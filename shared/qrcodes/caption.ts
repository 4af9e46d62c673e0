import { translate } from '../i18n/messages';
import type { Language } from '../settings/schema';

/** What is printed under (or beside) a code. */
export interface CaptionInput {
  partnerName: string;
  ownerRep: string;
  tag: string;
}

/** The caption's lines, in print order: partner, rep, tag, the instruction in the sheet's language. */
export function captionLines(c: CaptionInput, language: Language): { text: string; kind: string }[] {
  const lines: { text: string; kind: string }[] = [];
  if (c.partnerName) lines.push({ text: c.partnerName, kind: 'partner' });
  if (c.ownerRep) lines.push({ text: translate(language, 'qrcodes.caption.rep', { rep: c.ownerRep }), kind: 'rep' });
  lines.push({ text: c.tag, kind: 'tag' });
  lines.push({ text: translate(language, 'qrcodes.caption.instruction'), kind: 'instruction' });
  return lines;
}

/** Centre logo side as a share of the symbol side: ~5 % of its area, well inside what level H recovers. */
export const LOGO_SHARE = 0.22;
