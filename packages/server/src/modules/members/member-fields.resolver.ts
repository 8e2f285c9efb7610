import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { DateScalar } from "../../schema/scalars";
import { Member } from "./member.entity";
import { Party } from "./party";
import { Term } from "./term.entity";

/** A member's terms; everything a list of members asks for is batched by loaders (what they signed: letters/member-letters.resolver.ts). */
@Resolver(() => Member)
export class MemberFieldsResolver {
  @FieldResolver(() => [Term], { description: "All terms, oldest first." })
  terms(@Root() m: Member, @Ctx() ctx: Context): Promise<Term[]> {
    return ctx.loaders.termsByMember.load(m.bioguideId);
  }

  @FieldResolver(() => Term, {
    nullable: true,
    description: "The term served on a date, with the party, state and district of that day; null when not serving.",
  })
  termOn(
    @Root() m: Member,
    @Ctx() ctx: Context,
    @Arg("date", () => DateScalar, { description: "The day." }) date: string,
  ): Promise<Term | null> {
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
}
