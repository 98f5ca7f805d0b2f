import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs one statement at a time, in the API's own thread, taking work in the order it was
 * asked. Under 32 readers a write (a zone office's figures, a planner's edit) would wait behind every
 * statement they have queued: seconds. Here the embedded database serves writes first: work asked
 * inside {@link withWritePriority} (a mutation's whole request: its session lookup, its checks, its
 * transaction) goes ahead of queued reads, and waits at most for the one statement running. Reads
 * keep their order among themselves, and nothing runs beside anything else, as before.
 */
const writing = new AsyncLocalStorage<true>();

/** Runs `work` with its database work served before queued reads (on PGlite; elsewhere no change). */
export function withWritePriority<T>(work: () => T): T {
  return writing.run(true, work);
}

/**
 * Writes in a row before a waiting read gets one turn: writes go first, but a writer sending
 * nothing else (a script, or someone meaning harm) cannot keep the map's readers out for good.
 */
export const WRITES_BEFORE_A_READ = 8;

/**
 * One turn at PGlite at a time: writes' turns before reads' (but a waiting read gets one after
 * {@link WRITES_BEFORE_A_READ} writes in a row), each lane in the order asked.
 */
export class WriteFirstGate {
  private busy = false;
  /** Write turns given in a row while a read waited. */
  private writesInARow = 0;
  private readonly writes: (() => void)[] = [];
  private readonly reads: (() => void)[] = [];

  /** How many turns wait, by lane. */
  get waiting(): { writes: number; reads: number } {
    return { writes: this.writes.length, reads: this.reads.length };
  }

  async run<T>(work: () => Promise<T>, write = writing.getStore() === true): Promise<T> {
    if (this.busy) await new Promise<void>((resolve) => (write ? this.writes : this.reads).push(resolve));
    else this.busy = true;
    try {
      return await work();
    } finally {
      this.passTurn();
    }
  }

  /**
   * The turn passes to the next in line (busy stays true, so no one slips in between): a waiting
   * write at once; a read only after the event loop has turned. PGlite's statements resolve as
   * promises, without I/O, so reads handing the turn to each other would run back to back and a
   * write's request, still unread on its socket, could not even join the queue until they all end.
   */
  private passTurn(): void {
    if (this.writes.length > 0 && !this.readOwed()) {
      this.giveTurn();
      return;
    }
    if (this.writes.length === 0 && this.reads.length === 0) {
      this.busy = false;
      this.writesInARow = 0;
      return;
    }
    setImmediate(() => this.giveTurn());
  }

  private readOwed(): boolean {
    return this.reads.length > 0 && this.writesInARow >= WRITES_BEFORE_A_READ;
  }

  /** To the first waiting write, unless a read is owed its turn; else to the first read. */
  private giveTurn(): void {
    const write = this.writes.length > 0 && !this.readOwed();
    const next = write ? this.writes.shift() : this.reads.shift();
    this.writesInARow = write && this.reads.length > 0 ? this.writesInARow + 1 : 0;
    if (next) next();
    else this.busy = false;
  }
}

/**
 * The PGlite instance as drizzle sees it, its statements and transactions taken through one gate.
 * A transaction holds its turn from BEGIN to COMMIT (PGlite holds the database for it anyway);
 * its own statements go straight through, being already inside it.
 */
export function writeFirst(pglite: PGlite, gate = new WriteFirstGate()): PGlite {
  return new Proxy(pglite, {
    get(target, property, receiver) {
      if (property === 'query' || property === 'exec' || property === 'transaction') {
        const method = Reflect.get(target, property, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => gate.run(() => method.apply(target, args));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
