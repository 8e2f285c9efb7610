import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Letter } from "./letter.entity";
import { Delegation, LetterBreakdown, LetterMention, MentionKind, SignatureFilter } from "./letter-types";
import { SignatureConnection } from "./letters.resolver";
import { PAGE, plan, type LetterRow } from "./letters.read";

/** The fields of a letter computed from other tables, each batched per request by a loader. */
@Resolver(() => Letter)
export class LetterFieldsResolver {
  @FieldResolver(() => SignatureConnection, { description: "Signatures in document order." })
  async signatures(
    @Root() letter: LetterRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => SignatureFilter, { nullable: true, description: "Filters; all must hold." }) filter: SignatureFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: PAGE.signatures, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<SignatureConnection> {
    return SignatureConnection.from(
      await ctx.loaders.signaturePages.load({ ...plan.signatures({ filter, first, after }, info), letterId: letter.id }),
    );
  }

  @FieldResolver(() => LetterBreakdown, { description: "Signatures counted by party, state and role, as of the letter's date." })
  breakdown(@Root() letter: LetterRow, @Ctx() ctx: Context): Promise<LetterBreakdown> {
    return ctx.loaders.breakdownByLetter.load(letter.id);
  }

  @FieldResolver(() => Delegation, {
    description: "A state's members serving in the letter's chamber(s) on its date, split into signers and non-signers.",
  })
  async delegation(
    @Root() letter: LetterRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("state", () => String, { description: 'Two-letter state code, e.g. "CA".' }) state: string,
  ): Promise<Delegation> {
    const key = { ...plan.delegation(state, info), letterId: letter.id, sentOn: letter.sentOn, chamber: letter.chamber! };
    const members = await ctx.loaders.delegation.load(key);
    return {
      state: key.state,
      date: letter.sentOn,
      serving: members.length,
      signed: members.filter((m) => m.signed).map((m) => m.member),
      notSigned: members.filter((m) => !m.signed).map((m) => m.member),
      members,
    };
  }

  @FieldResolver(() => [LetterMention], {
    description: "People, laws, organisations, places and dates the letter names, most mentioned first.",
  })
  async mentions(
    @Root() letter: LetterRow,
    @Ctx() ctx: Context,
    @Arg("kinds", () => [MentionKind], { nullable: true, description: "Only these kinds." }) kinds: MentionKind[] | null,
  ): Promise<LetterMention[]> {
    const all = await ctx.loaders.mentionsByLetter.load(letter.id);
    return kinds?.length ? all.filter((m) => kinds.includes(m.kind)) : all;
  }

  @FieldResolver(() => [String], { description: "Topic tags, alphabetical." })
  topics(@Root() letter: LetterRow, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.topicsByLetter.load(letter.id);
  }
}
