/**
 * The pages a run has handed to the database but not yet seen committed. A scope goes on
 * (or ends) on its page's preview, so requests never wait for a group commit; this window
 * is what still bounds them: at most `maxPages` pages or `maxBytes` of response bodies
 * wait for the writer at once (they are held, decoded, in the database workers), and a
 * write that failed fails the run at the next page or at the end of the phase.
 *
 * Nothing is lost by not waiting: a page and its checkpoint commit together, so a page that
 * never commits (a crash, a kill) is simply asked for again when the run resumes.
 */
export class CommitWindow {
  private pages = 0;
  private bytes = 0;
  private failure: { error: unknown } | null = null;
  private readonly waiting: Array<() => void> = [];
  private readonly unsettled = new Set<Promise<void>>();

  constructor(
    private readonly maxPages: number,
    private readonly maxBytes: number,
  ) {}

  private full(bytes: number): boolean {
    // An empty window takes any page, however large, so one large body cannot stall the run.
    return this.pages > 0 && (this.pages >= this.maxPages || this.bytes + bytes > this.maxBytes);
  }

  /** Resolves when a page of `bytes` may be handed on; throws the first failed write. */
  async admit(bytes: number): Promise<void> {
    while (this.failure === null && this.full(bytes)) await new Promise<void>((r) => this.waiting.push(r));
    if (this.failure) throw this.failure.error;
    // There may be room for the next one in line too (a commit frees many pages at once).
    this.waiting.shift()?.();
  }

  /** Counts a handed-on page until `stored` settles; `stored` should run the page's accounting. */
  track(bytes: number, stored: Promise<unknown>): void {
    this.pages++;
    this.bytes += bytes;
    const settled: Promise<void> = stored
      .then(
        () => {},
        (error: unknown) => {
          this.failure ??= { error };
        },
      )
      .finally(() => {
        this.pages--;
        this.bytes -= bytes;
        this.unsettled.delete(settled);
        if (this.failure) for (const wake of this.waiting.splice(0)) wake();
        else this.waiting.shift()?.();
      });
    this.unsettled.add(settled);
  }

  /** Pages handed on and not yet committed. */
  get size(): number {
    return this.pages;
  }

  /** Waits until every page handed on has settled; throws the first failed write. */
  async drain(): Promise<void> {
    while (this.unsettled.size) await Promise.all([...this.unsettled]);
    if (this.failure) throw this.failure.error;
  }
}
