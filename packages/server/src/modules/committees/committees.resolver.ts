import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { badInput, checkFirst } from "../../schema/connection";
import { DateScalar } from "../../schema/scalars";
import { Member } from "../members/member.entity";
import { Committee, CommitteeChamber, CommitteeLetter, CommitteeSeat } from "./committee-types";
import { committeeId, notFoundCommittee, today } from "./committees.service";

@Resolver(() => Committee)
export class CommitteesResolver {
  @Query(() => [Committee], { description: "Committees by chamber and name (subcommittees only with `subcommittees: true`)." })
  committees(
    @Ctx() ctx: Context,
    @Arg("chamber", () => CommitteeChamber, { nullable: true, description: "Only this chamber's committees." })
    chamber: CommitteeChamber | null,
    @Arg("current", () => Boolean, { nullable: true, description: "True: only current committees; false: only abolished or renamed ones." })
    current: boolean | null,
    @Arg("subcommittees", () => Boolean, { nullable: true, defaultValue: false, description: "Also list subcommittees." })
    subcommittees: boolean | null,
  ): Promise<Committee[]> {
    return ctx.committees.list({ chamber, current, subcommittees });
  }

  @Query(() => Committee, { description: 'One committee or subcommittee by id, e.g. "HSFA" or "HSFA13"; NOT_FOUND when there is none.' })
  async committee(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Committee id." }) id: string): Promise<Committee> {
    const code = committeeId(id, "id");
    const [found] = await ctx.committees.byIds([code]);
    if (!found) throw notFoundCommittee(code);
    return found;
  }

  @FieldResolver(() => [CommitteeSeat], {
    description:
      "Who sat on the committee on a date (default today): chair and ranking member first. BAD_USER_INPUT (reason NO_DATA) for a date before the data begins.",
  })
  members(
    @Root() committee: Committee,
    @Ctx() ctx: Context,
    @Arg("on", () => DateScalar, { nullable: true, description: "The day; default today." }) on: string | null,
    @Arg("includeSubcommittees", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Also the seats on its subcommittees.",
    })
    includeSubcommittees: boolean | null,
  ): Promise<CommitteeSeat[]> {
    return ctx.committees.members(committee.id, on ?? today(), includeSubcommittees ?? false);
  }

  @FieldResolver(() => [Committee], { description: "The committee's subcommittees, by name." })
  subcommittees(@Root() committee: Committee, @Ctx() ctx: Context): Promise<Committee[]> {
    return ctx.committees.subcommittees(committee.id);
  }

  @FieldResolver(() => Committee, { nullable: true, description: "The parent committee of a subcommittee." })
  async parent(@Root() committee: Committee, @Ctx() ctx: Context): Promise<Committee | null> {
    return committee.parentId ? (await ctx.committees.byIds([committee.parentId]))[0] : null;
  }

  @FieldResolver(() => [CommitteeLetter], {
    description: "The letters the most of its members signed (membership on each letter's date), most first.",
  })
  letters(
    @Root() committee: Committee,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10, description: "How many, 1 to 100." }) first: number | null,
    @Arg("includeSubcommittees", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Count members of its subcommittees too.",
    })
    includeSubcommittees: boolean | null,
  ): Promise<CommitteeLetter[]> {
    return ctx.committees.topLetters(committee.id, checkFirst(first ?? 10), includeSubcommittees ?? false);
  }
}

@Resolver(() => Member)
export class MemberCommitteesResolver {
  @FieldResolver(() => [CommitteeSeat], { description: "The committees and subcommittees the member sat on on a date (default today)." })
  committees(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Arg("on", () => DateScalar, { nullable: true, description: "The day; default today." }) on: string | null,
  ): Promise<CommitteeSeat[]> {
    if (on && !/^\d{4}-\d{2}-\d{2}$/.test(on)) throw badInput("`on` must be a date.", "on");
    return ctx.committees.ofMember(member.bioguideId, on ?? today());
  }
}
