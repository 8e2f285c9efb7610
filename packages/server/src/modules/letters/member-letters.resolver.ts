import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { pageSize } from "../../schema/connection";
import { Member } from "../members/member.entity";
import { CoSigner, MemberRecord, MemberSignatureFilter } from "./member-letter-types";
import { SignatureConnection } from "./letters.resolver";
import { PAGE, plan } from "./letters.read";

/** The fields of a member that read letters: declared here so that modules depend one way (letters -> members). */
@Resolver(() => Member)
export class MemberLettersResolver {
  @FieldResolver(() => SignatureConnection, { description: "The member's signatures, newest letter first." })
  async signatures(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("filter", () => MemberSignatureFilter, { nullable: true, description: "Filters; all must hold." })
    filter: MemberSignatureFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: PAGE.memberSignatures, description: "Page size, 1 to 100." })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SignatureConnection> {
    return SignatureConnection.from(
      await ctx.loaders.signaturesByMember.load(plan.memberSignatures(m.bioguideId, { filter, first, after }, info)),
    );
  }

  @FieldResolver(() => Int, { description: "How many letters the member signed." })
  letterCount(@Root() m: Member, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.letterCountByMember.load(m.bioguideId);
  }

  @FieldResolver(() => [CoSigner], { description: "Members who most often signed the same letters, most shared letters first." })
  async coSigners(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: PAGE.coSigners, description: "How many, 1 to 100." }) first: number | null,
  ): Promise<CoSigner[]> {
    const rows = await ctx.memberLetters.coSigners(m.bioguideId, pageSize(first, PAGE.coSigners));
    const members = await ctx.loaders.memberById.loadMany(rows.map((r) => r.bioguideId));
    return rows.map((r, i) => ({ member: members[i] as Member, count: r.count }));
  }

  @FieldResolver(() => MemberRecord, {
    description: "Letters (on a topic) the member could have signed while serving, against those signed.",
  })
  record(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("topic", () => String, { nullable: true, description: "Only letters with this topic tag; all letters when omitted." })
    topic: string | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: PAGE.record,
      description: "How many letters to list, 1 to 100 (totals count all).",
    })
    first: number | null,
  ): Promise<MemberRecord> {
    return ctx.memberLetters.record(m.bioguideId, topic, pageSize(first, PAGE.record));
  }
}
