import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { checkFirst, ConnectionType } from "../../schema/connection";
import { DateScalar } from "../../schema/scalars";
import { Member } from "../members/member.entity";
import { Party } from "../members/party";
import { LetterChamber, SignerRole } from "./enums";
import { Letter } from "./letter.entity";
import { Signature } from "./signature.entity";

@InputType({ description: "Which letters to list." })
export class LetterFilter {
  @Field(() => LetterChamber, { nullable: true, description: "Only letters from this chamber." })
  chamber?: LetterChamber | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or after this date." })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or before this date." })
  dateTo?: string | null;
}

@InputType({ description: "Which signatures to list; state and party are those of the letter's date." })
export class SignatureFilter {
  @Field(() => [String], { nullable: true, description: "Two-letter state codes, e.g. [\"CA\", \"DC\"]." })
  states?: string[] | null;

  @Field(() => [Party], { nullable: true, description: "Parties of the signers on the letter's date." })
  parties?: Party[] | null;

  @Field(() => [SignerRole], { nullable: true, description: "LEAD, COSIGNER or SIGNER." })
  roles?: SignerRole[] | null;
}

@ObjectType({ description: "A page of letters." })
export class LetterConnection extends ConnectionType("Letter", Letter) {}

@ObjectType({ description: "A page of signatures." })
export class SignatureConnection extends ConnectionType("Signature", Signature) {}

@Resolver(() => Letter)
export class LettersResolver {
  @Query(() => LetterConnection, { description: "Letters, newest first." })
  async letters(
    @Ctx() ctx: Context,
    @Arg("filter", () => LetterFilter, { nullable: true, description: "Filters; all must hold." }) filter: LetterFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<LetterConnection> {
    return LetterConnection.from(await ctx.letters.list(filter ?? {}, checkFirst(first ?? 20), after));
  }

  @Query(() => Letter, { nullable: true, description: "One letter by id; null when there is none." })
  letter(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The letter's id." }) id: string): Promise<Letter | null> {
    return ctx.letters.byId(id);
  }

  @FieldResolver(() => SignatureConnection, { description: "Signatures in document order." })
  async signatures(
    @Root() letter: Letter,
    @Ctx() ctx: Context,
    @Arg("filter", () => SignatureFilter, { nullable: true, description: "Filters; all must hold." }) filter: SignatureFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<SignatureConnection> {
    return SignatureConnection.from(await ctx.letters.signatures(letter.id, filter ?? {}, checkFirst(first ?? 100), after));
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The member who signed; null unless MATCHED or CONFIRMED." })
  member(@Root() s: Signature, @Ctx() ctx: Context): Promise<Member | null> | null {
    return s.bioguideId ? ctx.loaders.memberById.load(s.bioguideId) : null;
  }
}
