/** Types of the Signatory GraphQL API, generated from schema.graphql (`pnpm codegen`). */
export * from "./schema-types";
