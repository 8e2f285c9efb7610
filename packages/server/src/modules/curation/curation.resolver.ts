import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { checkFirst } from "../../schema/connection";
import { actorOf } from "../auth/request";
import { Role } from "../auth/roles";
import { Letter } from "../letters/letter.entity";
import { DeletedLetter, LetterChange, LetterEditInput, LetterEditResult, MergeLettersResult } from "./curation.types";

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

@Resolver()
export class CurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => LetterEditResult, {
    description:
      "Corrects a letter's title, date, chamber, recipients, topics or source; audited. A new date or chamber re-resolves its signatures.",
  })
  async editLetter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The letter's `id` or `databaseId`." }) id: string,
    @Arg("input", () => LetterEditInput, { description: "The fields to change." }) input: LetterEditInput,
  ): Promise<LetterEditResult> {
    const out = await ctx.curation.edit(id, input, actorOf(ctx.request));
    const s = out.signatures;
    return {
      letter: (await ctx.letters.byId(out.letterId))!,
      changed: out.changed,
      rematched: s?.rematched ?? 0,
      kept: s?.kept ?? 0,
      flagged: s?.flagged ?? [],
    };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeletedLetter, { description: "Deletes a letter (with its signatures); `restoreLetter` undoes it for 30 days." })
  async deleteLetter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The letter's `id` or `databaseId`." }) id: string,
    @Arg("reason", () => String, { nullable: true, description: 'Why, for the history (e.g. "test import").' }) reason: string | null,
  ): Promise<DeletedLetter> {
    return Object.assign(new DeletedLetter(), await ctx.curation.delete(id, actorOf(ctx.request), reason));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Letter, { description: "Restores a deleted letter with its id, signatures and review decisions (within 30 days)." })
  async restoreLetter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The deleted letter's `id` or `databaseId`." }) id: string,
  ): Promise<Letter> {
    return (await ctx.letters.byId(await ctx.curation.restore(id, actorOf(ctx.request))))!;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, {
    description: "Removes a deleted letter for good (ADMIN); returns its databaseId. Its history stays in the audit log.",
  })
  purgeLetter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The deleted letter's `id` or `databaseId`." }) id: string,
  ): Promise<string> {
    return ctx.curation.purge(id, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MergeLettersResult, {
    description:
      "Merges two imports of the same letter: better text, union of sources and topics, review decisions kept; `fromId` is deleted (restorable).",
  })
  async mergeLetters(
    @Ctx() ctx: Context,
    @Arg("intoId", () => ID, { description: "The letter that stays." }) intoId: string,
    @Arg("fromId", () => ID, { description: "The letter merged into it, then deleted." }) fromId: string,
  ): Promise<MergeLettersResult> {
    const out = await ctx.curation.merge(intoId, fromId, actorOf(ctx.request));
    return { ...out, letter: (await ctx.letters.byId(out.letterId))! };
  }

  @Authorized(Role.EDITOR)
  @Query(() => [DeletedLetter], { description: "Deleted letters that can still be restored, most recently deleted first." })
  async deletedLetters(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "How many, 1 to 100." }) first: number | null,
  ): Promise<DeletedLetter[]> {
    return (await ctx.curation.deleted(checkFirst(first ?? 50))).map((d) => Object.assign(new DeletedLetter(), d));
  }
}

@Resolver(() => Letter)
export class LetterCurationFieldsResolver {
  @Authorized(Role.EDITOR)
  @FieldResolver(() => [LetterChange], {
    description: "Who changed this letter, when, and what it was before and after; newest first (EDITOR).",
  })
  async history(
    @Root() letter: Letter,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "How many, 1 to 100." }) first: number | null,
  ): Promise<LetterChange[]> {
    const rows = await ctx.curation.history(letter.id, checkFirst(first ?? 50));
    return rows.map((r) =>
      Object.assign(new LetterChange(), { ...r, before: json(r.before), after: json(r.after), detail: json(r.detail) }),
    );
  }

  @FieldResolver(() => [String], {
    description: "Every source the letter came from (file names or URLs): its own, then those of letters merged into it.",
  })
  async sources(@Root() letter: Letter, @Ctx() ctx: Context): Promise<string[]> {
    return [...new Set(await ctx.loaders.letterSources.load(letter.id))];
  }
}
