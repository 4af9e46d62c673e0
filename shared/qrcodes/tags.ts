/**
 * Expansion tags: what a code's link carries to the partner center and what comes back as
 * the customer's label. The rules keep a tag safe to put into a link and easy to tell
 * apart on a printed sheet:
 *
 * - compatibility forms are folded (NFKC: full-width ＥＸＰＯ１ → EXPO1), the ends trimmed,
 *   and each run of spaces inside becomes one '-' (normalized, not refused);
 * - letters of any script (Chinese included), digits, '-', '_' and '.' only: '/', '?', '#',
 *   '&', '%' and the like would change the link itself, so they are refused, never guessed at;
 * - at most TAG_MAX characters;
 * - unique per profile ignoring case (EXPO-1 and expo-1 on one sheet only confuse).
 */
export const TAG_MAX = 32;

export type TagProblem = { reason: 'empty' } | { reason: 'tooLong'; max: number } | { reason: 'badChar'; char: string };

export type TagCheck = { ok: true; tag: string } | { ok: false; problem: TagProblem };

const ALLOWED = /^[\p{L}\p{N}\p{M}_.-]$/u;

export function normalizeTag(raw: string): TagCheck {
  const tag = raw.normalize('NFKC').trim().replace(/\s+/gu, '-');
  if (tag.length === 0) return { ok: false, problem: { reason: 'empty' } };
  for (const c of tag) if (!ALLOWED.test(c)) return { ok: false, problem: { reason: 'badChar', char: c } };
  if ([...tag].length > TAG_MAX) return { ok: false, problem: { reason: 'tooLong', max: TAG_MAX } };
  return { ok: true, tag };
}

/** The key two tags collide on. */
export const tagKey = (tag: string): string => tag.toLowerCase();

/** A refused tag of a batch: which one (0-based, in the order given) and why. */
export interface BatchTagProblem {
  index: number;
  input: string;
  tag: string | null;
  problem: TagProblem | { reason: 'duplicate'; of: number } | { reason: 'exists' };
}

export type BatchTagCheck = { ok: true; tags: string[] } | { ok: false; problems: BatchTagProblem[] };

/**
 * Normalizes every tag of a batch and checks them against each other and against the
 * tags that already exist (`existing`: tagKey() of each). All or nothing: one problem
 * refuses the whole batch, and every problem is listed so the rep fixes them in one go.
 */
export function checkBatchTags(inputs: readonly string[], existing: ReadonlySet<string>): BatchTagCheck {
  const problems: BatchTagProblem[] = [];
  const seen = new Map<string, number>();
  const tags: string[] = [];
  inputs.forEach((input, index) => {
    const r = normalizeTag(input);
    if (!r.ok) {
      problems.push({ index, input, tag: null, problem: r.problem });
      return;
    }
    const key = tagKey(r.tag);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ index, input, tag: r.tag, problem: { reason: 'duplicate', of: first } });
    else if (existing.has(key)) problems.push({ index, input, tag: r.tag, problem: { reason: 'exists' } });
    else seen.set(key, index);
    tags.push(r.tag);
  });
  return problems.length ? { ok: false, problems } : { ok: true, tags };
}

/** The tags of a numbered batch: prefix + zero-padded numbers (EXPO-001 … EXPO-040). */
export function sequenceTags(prefix: string, from: number, count: number, digits: number): string[] {
  const out: string[] = [];
  for (let n = from; n < from + count; n++) out.push(`${prefix}${String(n).padStart(digits, '0')}`);
  return out;
}

/** A free tag for a duplicate of `tag`: tag-2, tag-3 … (shortened to fit TAG_MAX). */
export function duplicateTag(tag: string, existing: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const base = [...tag].slice(0, TAG_MAX - suffix.length).join('');
    const candidate = base + suffix;
    if (!existing.has(tagKey(candidate))) return candidate;
  }
}
