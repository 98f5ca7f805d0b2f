import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from './schema';

describe('the emitted schema', () => {
  it('lists types, fields and arguments by name, whatever order the resolvers were imported in', async () => {
    const sdl = printSchema(await atlasSchema());
    expect(sdl).toBe(printSchema(lexicographicSortSchema(await atlasSchema())));
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(lexicographicSortSchema(buildSchema(committed)))}\n`);
  });
});
