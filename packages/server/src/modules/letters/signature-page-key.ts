import type { GraphQLResolveInfo } from "graphql";
import { pageSize } from "../../schema/connection";
import { fieldsAt, nodeFields } from "../../schema/projection";
import { MEMBER_PROJECTION } from "../members/members.loaders";
import type { SignatureFilter } from "./letter-types";
import type { SignaturePageKey } from "./letters.loaders";
import { SIGNATURE_PROJECTION } from "./letters.service";

/**
 * What `signatures(filter, first, after)` loads for a letter, from its arguments and selection
 * (`info` of that field): the `letter(id)` query builds the same key when it reads the page ahead.
 */
export function signaturePageKey(
  letterId: string, args: { filter?: SignatureFilter | null; first?: number | null; after?: string | null }, info: GraphQLResolveInfo,
): SignaturePageKey {
  const memberFields = fieldsAt(info, ["edges", "node", "member"]);
  return {
    letterId, filter: { ...args.filter }, first: pageSize(args.first, 100), after: args.after ?? null,
    columns: SIGNATURE_PROJECTION.columnsFor(nodeFields(info)),
    memberColumns: memberFields && MEMBER_PROJECTION.columnsFor(memberFields),
  };
}
