import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { type RunningSystem, startSystem } from './system';

export interface RunningMap {
  system: RunningSystem;
  browser: Browser;
}

/**
 * For a browser test file: the whole system and Debian's Chromium, started before its tests and
 * stopped after them. `webEnv` is read when they start, so it may name servers started before it.
 */
export function runningMap(webEnv: () => Record<string, string> = () => ({})): RunningMap {
  const running = {} as RunningMap;
  beforeAll(async () => {
    running.system = await startSystem(webEnv());
    running.browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
    // The first file to start may build the map app while the others wait for it.
  }, 300_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.system?.stop();
  });
  return running;
}
