import { availableParallelism, loadavg } from 'node:os';
import { expect, it } from 'vitest';
import { measureGeometryWorstCase } from './geometry-worst-case';
import { measureMemoryFlood } from './memory-flood';
import { type BenchRow, measurePostgresOutage } from './postgres-outage';
import { measureReplicaFailover } from './replica-failover';

/**
 * `pnpm bench:faults`: every fault bench of tests/bench, one markdown table, PASS/FAIL per row,
 * failing when any row fails or a bench throws (run under vitest: see faults.vitest.config.ts). A bench is an async function returning
 * `BenchRow[]` (case, figure, target, pass); a new one goes into this list.
 */
const BENCHES: { name: string; measure: (log: (line: string) => void) => Promise<BenchRow[]> }[] = [
  { name: 'PostgreSQL outage', measure: (log) => measurePostgresOutage({ log }) },
  { name: 'replica failover', measure: () => measureReplicaFailover() },
  { name: 'geometry worst case', measure: () => measureGeometryWorstCase() },
  { name: 'memory flood', measure: (log) => measureMemoryFlood({ log }) },
];

it('prints every fault figure, each within its target', async () => {
  const rows: BenchRow[] = [];
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const started = Date.now();
  for (const bench of BENCHES) {
    console.error(`== ${bench.name}`);
    try {
      rows.push(...(await bench.measure((line) => console.error(line))));
    } catch (error) {
      rows.push({
        case: bench.name,
        figure: `threw: ${(error as Error).message}`,
        target: 'runs',
        pass: false,
      });
    }
  }

  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  console.log(
    `\nNode ${process.version}, ${availableParallelism()} CPUs, load average ${loadBefore} before, ${load()} after; ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
  console.log('| case | figure | target | result |');
  console.log('|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${cell(row.case)} | ${cell(row.figure)} | ${cell(row.target)} | ${row.pass ? 'PASS' : 'FAIL'} |`,
    );
  const failed = rows.filter((row) => !row.pass).length;
  console.log(failed ? `\n${failed} of ${rows.length} FAIL` : `\nall ${rows.length} PASS`);
  expect(failed, 'rows that FAIL').toBe(0);
});
