/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n": typeof types.ImportLetterDocument,
    "\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n": typeof types.ResolveSignatureDocument,
    "\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n": typeof types.SetLetterTopicsDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n": typeof types.LetterSignersDocument,
    "\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n": typeof types.LettersDocument,
};
const documents: Documents = {
    "\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n": types.ImportLetterDocument,
    "\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n": types.ResolveSignatureDocument,
    "\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n": types.SetLetterTopicsDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n": types.LetterSignersDocument,
    "\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n": types.LettersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n"): (typeof documents)["\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n"): (typeof documents)["\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n"): (typeof documents)["\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n"): (typeof documents)["\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n"): (typeof documents)["\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;