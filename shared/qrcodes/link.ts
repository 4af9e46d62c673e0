/**
 * The partner expansion link, pasted once per profile from the partner center
 * (销售 > 拓新 > 客户拓展 > 线下拓展). Only an https:// link is kept: a code printed with
 * javascript:, data:, plain text or http:// would at best not work and at worst send
 * customers somewhere else. The pasted text is kept as pasted (trimmed), never rewritten, so
 * `{tag}` stays where the rep put it.
 */
export const LINK_MAX = 1000;
export const TAG_PLACEHOLDER = '{tag}';

export type LinkProblem =
  | { reason: 'empty' }
  | { reason: 'tooLong'; max: number; length: number }
  | { reason: 'notUrl' }
  | { reason: 'notHttps'; scheme: string };

export type LinkCheck = { ok: true; link: string; hasPlaceholder: boolean } | { ok: false; problem: LinkProblem };

const HOST = /^https:\/\/(?:[^\s/?#@]+@)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.?(?::\d{1,5})?(?:[/?#]|$)/iu;

export function checkLink(raw: string): LinkCheck {
  const link = raw.trim();
  if (link.length === 0) return { ok: false, problem: { reason: 'empty' } };
  if (link.length > LINK_MAX) return { ok: false, problem: { reason: 'tooLong', max: LINK_MAX, length: link.length } };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(link)?.[1]?.toLowerCase();
  if (!scheme) return { ok: false, problem: { reason: 'notUrl' } };
  if (scheme !== 'https') return { ok: false, problem: { reason: 'notHttps', scheme } };
  // Spaces and control characters make scanners cut the link short.
  if (/[\s\p{Cc}]/u.test(link)) return { ok: false, problem: { reason: 'notUrl' } };
  // A host after https:// (letters of any script, digits, dots, hyphens; an optional port),
  // then the path, query or the end. Checked by hand: shared/ has no URL() (no DOM lib).
  if (!HOST.test(link)) return { ok: false, problem: { reason: 'notUrl' } };
  return { ok: true, link, hasPlaceholder: link.includes(TAG_PLACEHOLDER) };
}

/** The link a code carries: every `{tag}` replaced by the tag, percent-encoded (Chinese tags too). */
export function codeLink(link: string, tag: string): string {
  return link.split(TAG_PLACEHOLDER).join(encodeURIComponent(tag));
}
