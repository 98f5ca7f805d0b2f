import { describe, expect, it } from 'vitest';
import { WRITES_BEFORE_A_READ, WriteFirstGate, withWritePriority } from './write-first';

/** A piece of work that records when it starts and ends, and finishes when told. */
function work(name: string, log: string[]) {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`${name} starts`);
      await done;
      log.push(`${name} ends`);
      return name;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the write-first gate in front of PGlite', () => {
  it('runs one piece of work at a time, a write asked last going before the reads queued', async () => {
    const gate = new WriteFirstGate();
    const log: string[] = [];
    const running = work('read 1', log);
    const queued = [work('read 2', log), work('read 3', log)];
    const write = work('write', log);
    const answers = [gate.run(running.run), ...queued.map((w) => gate.run(w.run))];
    answers.push(withWritePriority(() => gate.run(write.run)));
    await tick();
    expect(gate.waiting).toEqual({ writes: 1, reads: 2 });
    for (const w of [running, write, ...queued]) {
      w.finish();
      await tick();
    }
    expect(await Promise.all(answers)).toEqual(['read 1', 'read 2', 'read 3', 'write']);
    expect(log).toEqual([
      'read 1 starts',
      'read 1 ends',
      'write starts',
      'write ends',
      'read 2 starts',
      'read 2 ends',
      'read 3 starts',
      'read 3 ends',
    ]);
  });

  it('passes the turn on when work fails, and is free again when nothing waits', async () => {
    const gate = new WriteFirstGate();
    await expect(gate.run(() => Promise.reject(new Error('statement failed')))).rejects.toThrow(
      'statement failed',
    );
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
    expect(gate.waiting).toEqual({ writes: 0, reads: 0 });
  });

  it('keeps writes in the order they were asked', async () => {
    const gate = new WriteFirstGate();
    const order: number[] = [];
    const first = work('read', []);
    const held = gate.run(first.run);
    const writes = [1, 2, 3].map((n) => withWritePriority(() => gate.run(async () => order.push(n))));
    first.finish();
    await Promise.all([held, ...writes]);
    expect(order).toEqual([1, 2, 3]);
  });

  it('lets a waiting read in after so many writes in a row, so a stream of writes cannot shut readers out', async () => {
    const gate = new WriteFirstGate();
    const order: string[] = [];
    const first = work('read 1', []);
    const held = gate.run(first.run);
    const read = gate.run(async () => order.push('read 2'));
    const writes = Array.from({ length: WRITES_BEFORE_A_READ + 2 }, (_, n) =>
      withWritePriority(() => gate.run(async () => order.push(`write ${n + 1}`))),
    );
    first.finish();
    await Promise.all([held, read, ...writes]);
    const readAt = order.indexOf('read 2');
    expect(readAt).toBe(WRITES_BEFORE_A_READ);
    expect(order.filter((o) => o.startsWith('write'))).toEqual(
      Array.from({ length: WRITES_BEFORE_A_READ + 2 }, (_, n) => `write ${n + 1}`),
    );
  });
});
