import { describe, expect, it } from 'vitest';
import { nextCount } from '../../renderer/src/stores/list-count';

describe('a list count from paged answers', () => {
  it('takes an exact count as it is', () => {
    expect(nextCount({ total: null, more: true }, { total: 42 })).toEqual({ total: 42, more: false });
    expect(nextCount({ total: 1100, more: true }, { total: 1234, more: false })).toEqual({ total: 1234, more: false });
  });

  it('lets a lower bound only grow, so scrolling back up never shrinks the list', () => {
    const first = nextCount({ total: null, more: true }, { total: 1100, more: true });
    expect(first).toEqual({ total: 1100, more: true });
    const deeper = nextCount(first, { total: 3100, more: true });
    expect(deeper).toEqual({ total: 3100, more: true });
    expect(nextCount(deeper, { total: 1100, more: true })).toEqual({ total: 3100, more: true });
  });

  it('starts a bound afresh after an exact count (the data changed)', () => {
    expect(nextCount({ total: 5000, more: false }, { total: 1100, more: true })).toEqual({ total: 1100, more: true });
  });
});
