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
    "\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n": typeof types.LetterHeader_LetterFragmentDoc,
    "\n  query LetterPage($id: ID!, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      ...LetterHeader_letter\n      signatures(first: 100, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...SignerFilters_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LetterPageDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LetterSignersDocument,
    "\n  query LettersPage($first: Int!, $after: String) {\n    letters(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LettersPageDocument,
    "\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    recipients {\n      name\n      title\n    }\n  }\n": typeof types.LettersTable_LetterFragmentDoc,
    "\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n": typeof types.PartyCounts_SignatureFragmentDoc,
    "\n  fragment SignerFilters_signature on Signature {\n    id\n    state\n    party\n    role\n  }\n": typeof types.SignerFilters_SignatureFragmentDoc,
    "\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": typeof types.SignersTable_SignatureFragmentDoc,
    "\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n": typeof types.MembersTable_MemberFragmentDoc,
    "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersPageDocument,
};
const documents: Documents = {
    "\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n": types.LetterHeader_LetterFragmentDoc,
    "\n  query LetterPage($id: ID!, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      ...LetterHeader_letter\n      signatures(first: 100, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...SignerFilters_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LetterPageDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LetterSignersDocument,
    "\n  query LettersPage($first: Int!, $after: String) {\n    letters(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LettersPageDocument,
    "\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    recipients {\n      name\n      title\n    }\n  }\n": types.LettersTable_LetterFragmentDoc,
    "\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n": types.PartyCounts_SignatureFragmentDoc,
    "\n  fragment SignerFilters_signature on Signature {\n    id\n    state\n    party\n    role\n  }\n": types.SignerFilters_SignatureFragmentDoc,
    "\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": types.SignersTable_SignatureFragmentDoc,
    "\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n": types.MembersTable_MemberFragmentDoc,
    "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersPageDocument,
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
export function graphql(source: "\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n"): (typeof documents)["\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterPage($id: ID!, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      ...LetterHeader_letter\n      signatures(first: 100, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...SignerFilters_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterPage($id: ID!, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      ...LetterHeader_letter\n      signatures(first: 100, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...SignerFilters_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPage($first: Int!, $after: String) {\n    letters(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LettersPage($first: Int!, $after: String) {\n    letters(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    recipients {\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    recipients {\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n"): (typeof documents)["\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignerFilters_signature on Signature {\n    id\n    state\n    party\n    role\n  }\n"): (typeof documents)["\n  fragment SignerFilters_signature on Signature {\n    id\n    state\n    party\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;