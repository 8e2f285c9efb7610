import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { badInput, pageSize } from "../../schema/connection";
import { actorOf } from "../auth/request";
import { Role } from "../auth/roles";
import type { MatchStatus, LetterChamber, SignerRole } from "../letters/enums";
import { Letter } from "../letters/letter.entity";
import { SignatureConnection } from "../letters/letters.resolver";
import type { LetterRow } from "../letters/letters.read";
import { MatchCandidateInfo, Signature } from "../letters/signature.entity";
import { Member } from "../members/member.entity";
import { needsReview, type ImportPreview as Preview } from "./import.service";
import { ImportPreview, ImportResult, PreviewSignature, ResolutionInput } from "./import.types";

export function toPreview(p: Preview, existingLetter: Letter | null): ImportPreview {
  return Object.assign(new ImportPreview(), {
    sentOn: p.date,
    chamber: p.chamber as LetterChamber,
    title: p.title,
    recipients: p.recipients,
    salutation: p.salutation,
    body: p.body,
    warnings: p.warnings,
    topics: p.extraction.topics,
    needsReview: needsReview(p),
    existingLetter,
    signatures: p.signers.map((s) =>
      Object.assign(new PreviewSignature(), {
        position: s.position,
        printedName: s.printed,
        printedTitle: s.title,
        line: s.line,
        role: s.role as SignerRole,
        status: s.status as MatchStatus,
        confidence: s.confidence,
        bioguideId: s.bioguideId,
        state: s.state,
        district: s.district,
        partyName: s.party,
        candidates: s.candidates,
      }),
    ),
  });
}

@Resolver()
export class ImportResolver {
  @Authorized(Role.EDITOR)
  @Query(() => ImportPreview, { description: "Parses and matches a letter's text without storing anything." })
  async previewImport(@Ctx() ctx: Context, @Arg("text", () => String, { description: "The letter as text or markdown." }) text: string) {
    const { preview, existingLetterId } = await ctx.importing.previewWithExisting(text);
    return toPreview(preview, existingLetterId ? await ctx.letters.byId(existingLetterId) : null);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ImportResult, {
    description: "Stores a letter with all its signatures, or nothing; the same letter twice is stored once.",
  })
  async importLetter(
    @Ctx() ctx: Context,
    @Arg("text", () => String, { description: "The letter as text or markdown (at most 2 MB)." }) text: string,
    @Arg("sourceName", () => String, { nullable: true, description: "Where it came from: a file name or URL." }) sourceName: string | null,
    @Arg("resolutions", () => [ResolutionInput], {
      nullable: true,
      description:
        "Names fixed by a person in the preview, stored as CONFIRMED in the same transaction; a pick of a member not serving then refuses the whole import.",
    })
    resolutions: ResolutionInput[] | null,
  ) {
    const out = await ctx.importing.import(text, { sourceName, actor: actorOf(ctx.request), resolutions: resolutions ?? [] });
    return { letter: (await ctx.letters.byId(out.letterId))!, created: out.created, needsReview: needsReview(out.preview) };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Signature, { description: "A person confirms or corrects the member behind a printed name (status CONFIRMED)." })
  resolveSignature(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The signature's id." }) id: string,
    @Arg("bioguideId", () => String, { description: "The member who signed; must have served in the letter's chamber on its date." })
    bioguideId: string,
  ) {
    return ctx.review.resolve(id, bioguideId, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => [String], {
    description: "Replaces a letter's topic tags (suggested at import) with the given ones; returns them as stored.",
  })
  setLetterTopics(
    @Ctx() ctx: Context,
    @Arg("letterId", () => ID, { description: "The letter's id." }) letterId: string,
    @Arg("topics", () => [String], { description: 'Tags such as "human-rights"; normalised to lower-case slugs.' }) topics: string[],
  ) {
    return ctx.review.setTopics(letterId, topics, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Query(() => SignatureConnection, { description: "Signatures that need a person (AMBIGUOUS or UNMATCHED), newest letters first." })
  async reviewQueue(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ) {
    return SignatureConnection.from(await ctx.review.queue(pageSize(first, 50), after));
  }
}

@Resolver(() => Signature)
export class SignatureLetterResolver {
  @FieldResolver(() => Letter, { description: "The letter this signature is on." })
  letter(@Root() s: Signature, @Ctx() ctx: Context): LetterRow | Promise<LetterRow> {
    // Read with the signature: no promise, so graphql-js completes the signature synchronously.
    if (s.joinedLetter) return s.joinedLetter;
    return ctx.loaders.letterById.load(s.letterId).then((letter) => {
      if (!letter) throw badInput("letter not found");
      return letter;
    });
  }
}

@Resolver(() => MatchCandidateInfo)
export class MatchCandidateResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The candidate member." })
  member(@Root() c: MatchCandidateInfo, @Ctx() ctx: Context) {
    return ctx.loaders.memberById.load(c.bioguideId);
  }
}

@Resolver(() => PreviewSignature)
export class PreviewSignatureResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The matched member." })
  member(@Root() s: PreviewSignature, @Ctx() ctx: Context) {
    return s.bioguideId ? ctx.loaders.memberById.load(s.bioguideId) : null;
  }
}
