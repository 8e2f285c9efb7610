import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { checkFirst, ConnectionType } from "../../schema/connection";
import { DateScalar } from "../../schema/scalars";
import { Chamber } from "./chamber";
import { Member } from "./member.entity";
import { Party } from "./party";
import { Term } from "./term.entity";

@InputType({ description: "Which members to list." })
export class MemberFilter {
  @Field(() => String, { nullable: true, description: "Part of a name, case-insensitive." })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "States served (on `servingOn` when given, else at any time)." })
  states?: string[] | null;

  @Field(() => [Party], { nullable: true, description: "Parties (on `servingOn` when given, else at any time)." })
  parties?: Party[] | null;

  @Field(() => [Chamber], { nullable: true, description: "Chambers served in (on `servingOn` when given, else at any time)." })
  chambers?: Chamber[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Only members serving on this date." })
  servingOn?: string | null;
}

@ObjectType({ description: "A page of members." })
export class MemberConnection extends ConnectionType("Member", Member) {}

@Resolver(() => Member)
export class MembersResolver {
  @Query(() => MemberConnection, { description: "Members, by last name." })
  async members(
    @Ctx() ctx: Context,
    @Arg("filter", () => MemberFilter, { nullable: true, description: "Filters; all must hold." }) filter: MemberFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<MemberConnection> {
    return MemberConnection.from(await ctx.members.list(filter ?? {}, checkFirst(first ?? 50), after));
  }

  @Query(() => Member, { nullable: true, description: "One member by bioguide id, e.g. \"S000344\"." })
  member(@Ctx() ctx: Context, @Arg("bioguideId", () => String, { description: "Bioguide id." }) bioguideId: string) {
    return ctx.loaders.memberById.load(bioguideId);
  }

  @FieldResolver(() => [Term], { description: "All terms, oldest first." })
  terms(@Root() m: Member, @Ctx() ctx: Context): Promise<Term[]> {
    return ctx.loaders.termsByMember.load(m.bioguideId);
  }
}
