import { within } from './within';

/**
 * Whether the database is worth asking, learnt from the errors requests meet. While PostgreSQL is
 * away, postgres.js keeps queries queued behind its reconnecting connections, each attempt failing
 * one of them; under load that queue makes every answer slower, until "unavailable" takes a second
 * or more. Once an error has shown the database away, requests are refused at once instead, and a
 * single probe on a connection of its own (`ping`) asks at most every `probeEveryMs` whether it is
 * back: within that time of its return, requests flow again.
 */
export class DatabaseHealth {
  private down = false;
  private lastProbe: { at: number; answer: Promise<boolean> } | null = null;

  constructor(
    private readonly ping: () => Promise<void>,
    private readonly probeEveryMs = 200,
    private readonly probeTimeoutMs = 1_000,
  ) {}

  /** An error showed the database unreachable. */
  markDown(): void {
    this.down = true;
  }

  get isDown(): boolean {
    return this.down;
  }

  /**
   * True when requests may go to the database: it was not seen away, or a probe (shared by the
   * requests that arrive meanwhile) has just found it back. False at once between probes.
   */
  async available(): Promise<boolean> {
    if (!this.down) return true;
    const now = Date.now();
    if (this.lastProbe && now - this.lastProbe.at < this.probeEveryMs) return this.lastProbe.answer;
    const answer = this.probe();
    this.lastProbe = { at: now, answer };
    return answer;
  }

  private async probe(): Promise<boolean> {
    const back = await within(
      this.ping().then(() => true),
      this.probeTimeoutMs,
      false,
    );
    if (back) this.down = false;
    return back;
  }
}
