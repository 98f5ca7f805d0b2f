import { writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { atlasSchema } from '../graphql/schema';

// Writes the schema as SDL to apps/api/schema.graphql, committed so a schema change shows in review.
const sdl = `${printSchema(await atlasSchema())}\n`;
await writeFile(new URL('../../schema.graphql', import.meta.url), sdl);
console.log(`wrote schema.graphql (${sdl.length} characters)`);
