import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { pageSize } from "../../schema/connection";
import { fieldsAt, nodeFields } from "../../schema/projection";
import { DateScalar } from "../../schema/scalars";
import { SignatureConnection } from "../letters/letters.resolver";
import { LETTER_PROJECTION, SIGNATURE_PROJECTION } from "../letters/letters.service";
import { Member } from "./member.entity";
import { CoSigner, MemberRecord, MemberSignatureFilter } from "./member-types";
import { Party } from "./party";
import { Term } from "./term.entity";

/** A member's terms and letters; everything a list of members asks for is batched by loaders. */
@Resolver(() => Member)
export class MemberFieldsResolver {
  @FieldResolver(() => [Term], { description: "All terms, oldest first." })
  terms(@Root() m: Member, @Ctx() ctx: Context): Promise<Term[]> {
    return ctx.loaders.termsByMember.load(m.bioguideId);
  }

  @FieldResolver(() => Term, { nullable: true, description: "The term served on a date, with the party, state and district of that day; null when not serving." })
  termOn(@Root() m: Member, @Ctx() ctx: Context, @Arg("date", () => DateScalar, { description: "The day." }) date: string): Promise<Term | null> {
    return ctx.loaders.termOn.load({ bioguideId: m.bioguideId, date });
  }

  @FieldResolver(() => Term, { nullable: true, description: "The latest term, with the latest party." })
  currentTerm(@Root() m: Member, @Ctx() ctx: Context): Promise<Term | null> {
    return ctx.loaders.currentTermByMember.load(m.bioguideId);
  }

  @FieldResolver(() => Party, { nullable: true, description: "Party in the latest term (the latest affiliation)." })
  async party(@Root() m: Member, @Ctx() ctx: Context): Promise<Party | null> {
    return (await ctx.loaders.currentTermByMember.load(m.bioguideId))?.party ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "State of the latest term." })
  async state(@Root() m: Member, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.currentTermByMember.load(m.bioguideId))?.state ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "House district of the latest term (0 at-large); null for senators." })
  async district(@Root() m: Member, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.loaders.currentTermByMember.load(m.bioguideId))?.district ?? null;
  }

  @FieldResolver(() => SignatureConnection, { description: "The member's signatures, newest letter first." })
  async signatures(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("filter", () => MemberSignatureFilter, { nullable: true, description: "Filters; all must hold." }) filter: MemberSignatureFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SignatureConnection> {
    const letterFields = fieldsAt(info, ["edges", "node", "letter"]);
    const key = {
      bioguideId: m.bioguideId, filter: { ...filter }, first: pageSize(first, 20), after: after ?? null,
      columns: SIGNATURE_PROJECTION.columnsFor(nodeFields(info)),
      letterColumns: letterFields && LETTER_PROJECTION.columnsFor(letterFields),
    };
    return SignatureConnection.from(await ctx.loaders.signaturesByMember.load(key));
  }

  @FieldResolver(() => Int, { description: "How many letters the member signed." })
  letterCount(@Root() m: Member, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.letterCountByMember.load(m.bioguideId);
  }

  @FieldResolver(() => [CoSigner], { description: "Members who most often signed the same letters, most shared letters first." })
  async coSigners(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10, description: "How many, 1 to 100." }) first: number | null,
  ): Promise<CoSigner[]> {
    const rows = await ctx.memberLetters.coSigners(m.bioguideId, pageSize(first, 10));
    const members = await ctx.loaders.memberById.loadMany(rows.map((r) => r.bioguideId));
    return rows.map((r, i) => ({ member: members[i] as Member, count: r.count }));
  }

  @FieldResolver(() => MemberRecord, { description: "Letters (on a topic) the member could have signed while serving, against those signed." })
  record(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("topic", () => String, { nullable: true, description: "Only letters with this topic tag; all letters when omitted." }) topic: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "How many letters to list, 1 to 100 (totals count all)." }) first: number | null,
  ): Promise<MemberRecord> {
    return ctx.memberLetters.record(m.bioguideId, topic, pageSize(first, 50));
  }
}
