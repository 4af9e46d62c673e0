/**
 * id → position over a pool's items, built in one pass: an open-addressing table of
 * positions in an Int32Array sized up front, hashed with FNV-1a over the id's code units.
 * A Set or Map of 100k ids cost 20–30 ms of the matching's 100 ms budget (growth and
 * rehashing); this costs a few. Strings are compared only on a hash-slot collision.
 */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The first id added twice, if any (the pool is then malformed). */
  readonly duplicate: string | undefined;

  constructor(private readonly items: readonly { readonly id: string }[]) {
    const count = items.length;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let duplicate: string | undefined;
    for (let i = 0; i < count; i++) {
      const id = items[i]!.id;
      let s = hash(id) & this.mask;
      for (;;) {
        const at = this.slots[s]!;
        if (at === 0) {
          this.slots[s] = i + 1;
          break;
        }
        if (items[at - 1]!.id === id) {
          duplicate ??= id;
          break;
        }
        s = (s + 1) & this.mask;
      }
    }
    this.duplicate = duplicate;
  }

  /** The position of the first item with this id. */
  get(id: string): number | undefined {
    if (typeof id !== 'string') return undefined;
    let s = hash(id) & this.mask;
    for (;;) {
      const at = this.slots[s]!;
      if (at === 0) return undefined;
      if (this.items[at - 1]!.id === id) return at - 1;
      s = (s + 1) & this.mask;
    }
  }
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}
