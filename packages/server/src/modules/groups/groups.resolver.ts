import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { checkFirst } from "../../schema/connection";
import { DateScalar } from "../../schema/scalars";
import { actorOf } from "../auth/request";
import { Role } from "../auth/roles";
import { today } from "../committees/committees.service";
import { Chamber } from "../members/chamber";
import { Member } from "../members/member.entity";
import { GroupInput, GroupRecord, ListMatchResult, MemberGroup } from "./group-types";
import { notFoundGroup } from "./groups.service";

@Resolver(() => MemberGroup)
export class GroupsResolver {
  @Query(() => [MemberGroup], { description: "Member groups by name." })
  groups(@Ctx() ctx: Context): Promise<MemberGroup[]> {
    return ctx.groups.list();
  }

  @Query(() => MemberGroup, { description: "One member group; NOT_FOUND when there is none." })
  async group(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The group's id." }) id: string): Promise<MemberGroup> {
    const g = await ctx.groups.byId(id);
    if (!g) throw notFoundGroup(id);
    return g;
  }

  @FieldResolver(() => [Member], { description: "The group's members by last name, whether or not they serve today." })
  members(@Root() group: MemberGroup, @Ctx() ctx: Context): Promise<Member[]> {
    return ctx.groups.members(group.id);
  }

  @FieldResolver(() => GroupRecord, { description: "Each member's record on the newest letters any member of the group signed." })
  record(
    @Root() group: MemberGroup,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "How many letters, 1 to 100." }) first: number | null,
  ): Promise<GroupRecord> {
    return ctx.groups.record(group.id, checkFirst(first ?? 20));
  }

  @Authorized(Role.EDITOR)
  @Query(() => ListMatchResult, {
    description:
      'Matches a pasted list (one per line or comma-separated: bioguide ids, "Last, First", "Rep. First Last (ST-NN)") or a CSV with a bioguide or name column against members serving on a date. At most 1,000 entries and 100,000 characters.',
  })
  matchMemberList(
    @Ctx() ctx: Context,
    @Arg("text", () => String, { description: "The list or CSV text." }) text: string,
    @Arg("chamber", () => Chamber, { nullable: true, description: "Match only members of this chamber." }) chamber: Chamber | null,
    @Arg("on", () => DateScalar, { nullable: true, description: "Members serving on this day (default today)." }) on: string | null,
  ): Promise<ListMatchResult> {
    return ctx.groups.matchList(text, ctx.members, { chamber, on: on ?? today() });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MemberGroup, { description: "Creates a group, optionally with members; CONFLICT when the name is taken." })
  createGroup(
    @Ctx() ctx: Context,
    @Arg("input", () => GroupInput, { description: "Name, description, chamber and first members." }) input: GroupInput,
  ) {
    return ctx.groups.create(actorOf(ctx.request), input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MemberGroup, { description: "Renames a group or changes its description or chamber (members are kept)." })
  updateGroup(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The group's id." }) id: string,
    @Arg("input", () => GroupInput, { description: "The new name, description and chamber (`bioguideIds` is ignored)." }) input: GroupInput,
  ) {
    return ctx.groups.update(actorOf(ctx.request), id, input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Boolean, { description: "Deletes a group and its member list." })
  deleteGroup(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The group's id." }) id: string) {
    return ctx.groups.delete(actorOf(ctx.request), id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MemberGroup, {
    description: "Adds members by bioguide id (those already in it are skipped); an unknown id refuses the whole change.",
  })
  addGroupMembers(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The group's id." }) id: string,
    @Arg("bioguideIds", () => [String], { description: "Bioguide ids, at most 1,000." }) bioguideIds: string[],
  ) {
    return ctx.groups.addMembers(actorOf(ctx.request), id, bioguideIds);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MemberGroup, { description: "Removes members by bioguide id." })
  removeGroupMembers(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The group's id." }) id: string,
    @Arg("bioguideIds", () => [String], { description: "Bioguide ids, at most 1,000." }) bioguideIds: string[],
  ) {
    return ctx.groups.removeMembers(actorOf(ctx.request), id, bioguideIds);
  }
}
