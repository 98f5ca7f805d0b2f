import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that start processes or databases of their own (the command line, `pnpm start`, a killed
 * PGlite, a backup and restore): a minute or more each on the embedded database. Vitest orders files
 * by how long they took last time, which a clean clone (CI) does not know, and then by size; one of
 * these started last keeps a worker busy for minutes while the other has nothing left to do.
 */
const HEAVY = [
  'tests/api/accounts.test.ts',
  'tests/faults/',
  'packages/db/src/backup/',
  'packages/db/src/data-dir-lock.test.ts',
  'tests/cluster/cluster.test.ts',
];

function isHeavy(file: TestSpecification): boolean {
  const path = relative(file.project.config.root, file.moduleId);
  return HEAVY.some((heavy) => path.startsWith(heavy));
}

/** Vitest's order, with the heavy files of each project moved to its front. */
export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((file, i) => [file, i] as const));
    // Array#sort is stable: files of another project, or equally heavy, keep vitest's order.
    return sorted.sort((a, b) => {
      const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (group !== 0 || a.project.name !== b.project.name)
        return (position.get(a) ?? 0) - (position.get(b) ?? 0);
      return Number(isHeavy(b)) - Number(isHeavy(a));
    });
  }
}
