import { describe, expect, it } from 'vitest';
import { CommitWindow } from '../../electron/sync/commit-window';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('CommitWindow (pages handed to the writer, not yet committed)', () => {
  it('holds a page back while the window is full by pages or bytes, and lets it in when one commits', async () => {
    const w = new CommitWindow(2, 100);
    const a = deferred();
    const b = deferred();
    await w.admit(10);
    w.track(10, a.promise);
    await w.admit(10);
    w.track(10, b.promise);
    let admitted = false;
    const third = w.admit(10).then(() => (admitted = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(admitted).toBe(false);
    a.resolve();
    await third;
    expect(w.size).toBe(1);

    // By bytes: 10 + 95 > 100 waits; a body larger than the window gets in alone.
    let big = false;
    const p = w.admit(95).then(() => (big = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(big).toBe(false);
    b.resolve();
    await p;
    await w.drain();
    await w.admit(1000);
    expect(w.size).toBe(0);
  });

  it('a failed write fails the next admit and the drain, after every page has settled', async () => {
    const w = new CommitWindow(8, 1000);
    const ok = deferred();
    const bad = deferred();
    w.track(1, ok.promise);
    w.track(1, bad.promise);
    bad.reject(new Error('disk full'));
    await new Promise((r) => setTimeout(r, 0)); // the failure is known once it has settled
    await expect(w.admit(1)).rejects.toThrow('disk full');
    let drained = false;
    const d = w.drain().catch((e: Error) => ((drained = true), e.message));
    await new Promise((r) => setTimeout(r, 10));
    expect(drained).toBe(false); // still waits for the page not yet settled
    ok.resolve();
    expect(await d).toBe('disk full');
  });
});
