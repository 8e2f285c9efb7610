import { createHash } from "node:crypto";
import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * One run generates every typed artifact from schema.graphql:
 * - src/schema-types.ts: enums, inputs and object types of the API, for any consumer;
 * - the dashboard's typed documents (client preset, fragments colocated with components);
 * - the server integration tests' typed documents;
 * - the dashboard's trusted documents: ../dashboard/src/gql/persisted-documents.json maps each
 *   operation's hash (plain hex SHA-256 of the printed document, what Apollo Server computes for a
 *   query text) to its text. The server loads it at start (security/trusted-documents.ts) and the
 *   dashboard sends the hash instead of the text (app/apollo.ts). `__typename` is written into
 *   the documents here, so Apollo Client's cache adds nothing and the document it sends is the
 *   one hashed.
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
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
        persistedDocuments: { hashAlgorithm: (text: string) => createHash("sha256").update(text).digest("hex") },
      },
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
