import { describe, expect, it } from 'vitest';
import { DatabaseHealth } from './database-health';

describe('DatabaseHealth', () => {
  it('lets every request through until an error shows the database away', async () => {
    let pings = 0;
    const health = new DatabaseHealth(async () => {
      pings += 1;
    });
    expect(await health.available()).toBe(true);
    expect(pings).toBe(0);
  });

  it('refuses at once between probes while away, with one probe for many requests', async () => {
    let pings = 0;
    const health = new DatabaseHealth(async () => {
      pings += 1;
      throw new Error('ECONNREFUSED');
    }, 10_000);
    health.markDown();
    const answers = await Promise.all(Array.from({ length: 50 }, () => health.available()));
    expect(answers.every((a) => a === false)).toBe(true);
    expect(pings).toBe(1);
    const started = Date.now();
    expect(await health.available()).toBe(false);
    expect(Date.now() - started).toBeLessThan(20);
    expect(pings).toBe(1);
  });

  it('lets requests through again as soon as a probe finds the database back', async () => {
    let up = false;
    const health = new DatabaseHealth(async () => {
      if (!up) throw new Error('ECONNREFUSED');
    }, 50);
    health.markDown();
    expect(await health.available()).toBe(false);
    up = true;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await health.available()).toBe(true);
    expect(health.isDown).toBe(false);
  });

  it('counts a probe that hangs as a failure, within its timeout', async () => {
    const health = new DatabaseHealth(() => new Promise<void>(() => {}), 50, 100);
    health.markDown();
    const started = Date.now();
    expect(await health.available()).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
