import type { GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { checkFirst, ConnectionType } from "../../schema/connection";
import { selectedFieldArgs } from "../../schema/selection";
import { Member } from "../members/member.entity";
import { Letter } from "./letter.entity";
import { LetterFilter, LetterOrder } from "./letter-types";
import { LETTER_PROJECTION, stateCode } from "./letters.service";
import { nodeFields } from "../../schema/projection";
import { Signature } from "./signature.entity";

export { LetterFilter, SignatureFilter } from "./letter-types";

@ObjectType({ description: "A page of letters." })
export class LetterConnection extends ConnectionType("Letter", Letter) {}

@ObjectType({ description: "A page of signatures." })
export class SignatureConnection extends ConnectionType("Signature", Signature) {}

@Resolver(() => Letter)
export class LettersResolver {
  @Query(() => LetterConnection, { description: "Letters matching a filter, newest first unless `orderBy` says otherwise." })
  async letters(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => LetterFilter, { nullable: true, description: "Filters; all must hold." }) filter: LetterFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from the same order)." }) after: string | null,
    @Arg("orderBy", () => LetterOrder, { nullable: true, defaultValue: LetterOrder.DATE, description: "Order: DATE (default), SIGNER_COUNT, or RELEVANCE with `filter.search`." })
    orderBy: LetterOrder | null,
  ): Promise<LetterConnection> {
    const columns = LETTER_PROJECTION.columnsFor(nodeFields(info));
    return LetterConnection.from(await ctx.letters.list(filter ?? {}, checkFirst(first ?? 20), after, orderBy ?? LetterOrder.DATE, columns));
  }

  @Query(() => Letter, { nullable: true, description: "One letter by id (its global `id` or its uuid `databaseId`); null when there is none." })
  async letter(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { description: "The letter's `id` or `databaseId`." }) id: string,
  ): Promise<Letter | null> {
    // `delegation(state)` below is loaded with the letter, in the same statement.
    const states = selectedFieldArgs(info, info.returnType as GraphQLObjectType, "delegation")
      .map((a) => stateCode(String(a.state)))
      .filter((s): s is string => s !== null);
    if (!states.length) return ctx.letters.byId(id);
    const found = await ctx.letters.byIdWithDelegations(id, states);
    if (!found) return null;
    const { letter, delegations } = found;
    states.forEach((state, i) => ctx.loaders.delegation.prime({ letterId: letter.id, sentOn: letter.sentOn, chamber: letter.chamber, state }, delegations[i]));
    return letter;
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The member who signed; null unless MATCHED or CONFIRMED." })
  member(@Root() s: Signature, @Ctx() ctx: Context): Promise<Member | null> | Member | null {
    if (s.joinedMember !== undefined) return s.joinedMember;
    return s.bioguideId ? ctx.loaders.memberById.load(s.bioguideId) : null;
  }
}
