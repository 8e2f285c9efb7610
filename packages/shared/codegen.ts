import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * One run generates every typed artifact from schema.graphql:
 * - src/schema-types.ts: enums, inputs and object types of the API, for any consumer;
 * - the dashboard's typed documents (client preset, fragments colocated with components);
 * - the server integration tests' typed documents.
 */
const scalars = { Date: "string", DateTimeISO: "string" };

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "src/schema-types.ts": {
      plugins: ["typescript"],
      config: { scalars, enumsAsTypes: true, avoidOptionals: { field: true, inputValue: false } },
    },
    "../dashboard/src/gql/": {
      documents: ["../dashboard/src/**/*.{ts,tsx}", "!../dashboard/src/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
    "../server/src/test/gql/": {
      documents: ["../server/src/**/*.test.ts", "../server/src/test/**/*.ts", "!../server/src/test/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
