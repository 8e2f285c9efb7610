import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, InputType, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { pageSize, ConnectionType } from "../../schema/connection";
import { DateScalar } from "../../schema/scalars";
import { Chamber } from "./chamber";
import { Member } from "./member.entity";
import { MEMBERS_PAGE, memberNodeColumns } from "./members.read";
import { Party } from "./party";

@InputType({ description: "Which members to list; all given conditions must hold." })
export class MemberFilter {
  @Field(() => String, { nullable: true, description: "Part of a name, case- and accent-insensitive." })
  name?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "States served (on `servingOn` or the `signed`/`notSigned` letter's date when given, else at any time).",
  })
  states?: string[] | null;

  @Field(() => [Party], {
    nullable: true,
    description: "Parties (on `servingOn` or the `signed`/`notSigned` letter's date when given, else at any time).",
  })
  parties?: Party[] | null;

  @Field(() => [Chamber], {
    nullable: true,
    description: "Chambers served in (on `servingOn` or the `signed`/`notSigned` letter's date when given, else at any time).",
  })
  chambers?: Chamber[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Only members serving on this date." })
  servingOn?: string | null;

  @Field(() => ID, { nullable: true, description: "Only members who signed this letter (its `id` or `databaseId`)." })
  signed?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only members who could have signed this letter (serving in its chamber on its date) and did not.",
  })
  notSigned?: string | null;
}

@ObjectType({ description: "A page of members." })
export class MemberConnection extends ConnectionType("Member", Member) {}

@Resolver(() => Member)
export class MembersResolver {
  @Query(() => MemberConnection, { description: "Members, by last name." })
  async members(
    @Ctx() ctx: Context,
    @Arg("filter", () => MemberFilter, { nullable: true, description: "Filters; all must hold." }) filter: MemberFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: MEMBERS_PAGE, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MemberConnection> {
    return MemberConnection.from(await ctx.members.list(filter ?? {}, pageSize(first, MEMBERS_PAGE), after, memberNodeColumns(info)));
  }

  @Query(() => Member, { nullable: true, description: 'One member by bioguide id, e.g. "S000344"; null when there is none.' })
  member(@Ctx() ctx: Context, @Arg("bioguideId", () => String, { description: "Bioguide id." }) bioguideId: string) {
    return ctx.loaders.memberById.load(bioguideId.trim().toUpperCase());
  }
}
