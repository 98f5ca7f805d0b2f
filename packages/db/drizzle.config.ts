import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the schema; they are committed and run by src/migrate.ts on both databases.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
});
