import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { pageSize, ConnectionType } from "../../schema/connection";
import { Member } from "../members/member.entity";
import { Letter } from "./letter.entity";
import { LetterFilter, LetterOrder } from "./letter-types";
import { PAGE, plan, readLetter, type LetterRow, type SignatureRow } from "./letters.read";
import type { MemberRow } from "../members/members.read";
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
    @Arg("first", () => Int, { nullable: true, defaultValue: PAGE.letters, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from the same order)." }) after: string | null,
    @Arg("orderBy", () => LetterOrder, {
      nullable: true,
      defaultValue: LetterOrder.DATE,
      description: "Order: DATE (default), SIGNER_COUNT, or RELEVANCE with `filter.search`.",
    })
    orderBy: LetterOrder | null,
  ): Promise<LetterConnection> {
    const page = await ctx.letters.list(
      filter ?? {},
      pageSize(first, PAGE.letters),
      after,
      orderBy ?? LetterOrder.DATE,
      plan.letterNodeColumns(info),
    );
    return LetterConnection.from(page);
  }

  @Query(() => Letter, {
    nullable: true,
    description: "One letter by id (its global `id` or its uuid `databaseId`); null when there is none.",
  })
  letter(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { description: "The letter's `id` or `databaseId`." }) id: string,
  ): Promise<LetterRow | null> {
    return readLetter({ letters: ctx.letters, loaders: ctx.loaders }, id, info); // never the caller: the answer is public
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The member who signed; null unless MATCHED or CONFIRMED." })
  member(@Root() s: SignatureRow, @Ctx() ctx: Context): Promise<MemberRow | null> | MemberRow | null {
    if (s.joinedMember !== undefined) return s.joinedMember;
    return s.bioguideId ? ctx.loaders.memberById.load(s.bioguideId) : null;
  }
}
