import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const WEB_DIR = fileURLToPath(new URL('../../', import.meta.url));

describe('the typed client', () => {
  it('is generated from the committed schema and operations: run `pnpm codegen` when this fails', async () => {
    // Generating validates every operation against apps/api/schema.graphql, so a field the API
    // dropped or renamed fails here before it fails in a leader's browser.
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: WEB_DIR, silent: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const path = filename.startsWith('/') ? filename : join(WEB_DIR, filename);
      expect(readFileSync(path, 'utf8'), filename).toBe(content);
    }
  });
});
