/** A request that ran out of time: answered 503 at its deadline, its write rolled back. */
export class DeadlinePassed extends Error {
  constructor() {
    super('request deadline passed before the write could commit');
  }
}

/**
 * The time a request has. Past it the server answers 503 whatever the work is doing, and a write
 * still in its transaction is rolled back at the commit gate rather than committed later.
 * Once a write has passed the gate, its commit decides the answer, so a client is never told
 * "failed" about a write that committed.
 */
export class Deadline {
  readonly at: number;
  private committing = false;

  constructor(readonly ms: number) {
    this.at = Date.now() + ms;
  }

  get passed(): boolean {
    return Date.now() >= this.at;
  }

  /** True while a write's COMMIT is in flight: the deadline then waits for its outcome. */
  get isCommitting(): boolean {
    return this.committing;
  }

  /** The commit gate: throws {@link DeadlinePassed} when too late, else lets the write commit. */
  enterCommit(): void {
    if (this.passed) throw new DeadlinePassed();
    this.committing = true;
  }

  /** Calls `onExpiry` at the deadline unless cancelled first. */
  watch(onExpiry: () => void): () => void {
    const timer = setTimeout(onExpiry, Math.max(0, this.at - Date.now()));
    timer.unref();
    return () => clearTimeout(timer);
  }
}
