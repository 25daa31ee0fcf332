// Types every operation of the workbench from the gateway's API schema. An
// operation that no longer fits the schema fails here, and with it the build.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: [{ '../../gateway/supergraph.graphql': { loader: './codegen/api-schema-loader.cjs' } }],
  documents: ['src/**/*.operations.ts'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Decimal and dates travel as strings: "1234.50", "2026-01-31".
        scalars: {
          Decimal: 'string',
          DateTimeISO: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
