import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The map's typed client: every operation in `src` is checked against the API's committed schema,
 * and its result and variable types are generated beside it. `pnpm --filter @atlas/web codegen`
 * writes them; a test fails when the committed output drifts from the schema or the operations.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/graphql/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations travel as strings: no GraphQL parser in the browser bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // A day travels as its YYYY-MM-DD text (graphql-scalars' Date on the API), an instant as its
        // ISO 8601 text (DateTime); JSON (the audit log's before and after) is whatever it holds.
        scalars: {
          GeoJSON: "import('geojson').Geometry",
          Date: 'string',
          DateTime: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
