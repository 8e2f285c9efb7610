import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { actorOf } from "../auth/request";
import { Role } from "../auth/roles";
import { Letter } from "../letters/letter.entity";
import { Member } from "../members/member.entity";
import { ComparedMember, LetterComparison, Series, SeriesMatrix, SeriesMatrixRow, VersionSuggestion } from "./series-types";

@Resolver(() => Series)
export class SeriesResolver {
  @Query(() => Series, { nullable: true, description: "A series of recurring letters by id; null when there is none." })
  series(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The series id." }) id: string): Promise<Series | null> {
    return ctx.series.byId(id);
  }

  @FieldResolver(() => [Letter], { description: "The series' letters (its versions), oldest first." })
  letters(@Root() s: Series, @Ctx() ctx: Context): Promise<Letter[]> {
    return ctx.loaders.seriesLetters.load(s.id);
  }

  @FieldResolver(() => SeriesMatrix, { description: "Members × versions: who signed which version and who was serving then." })
  matrix(@Root() s: Series, @Ctx() ctx: Context): Promise<SeriesMatrix> {
    return ctx.series.matrix(s.id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Series, { description: "Renames a series (editor; audited)." })
  renameSeries(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The series id." }) id: string,
    @Arg("name", () => String, { description: "The new name, 1 to 300 characters." }) name: string,
  ): Promise<Series> {
    return ctx.series.rename(id, name, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Series, {
    description:
      "Confirms that two letters are versions of one letter: puts them in one series, merging their series if both have one (editor; audited).",
  })
  confirmVersion(
    @Ctx() ctx: Context,
    @Arg("letterId", () => ID, { description: "A letter." }) letterId: string,
    @Arg("otherId", () => ID, { description: "Its other version." }) otherId: string,
  ): Promise<Series> {
    return ctx.series.confirm(letterId, otherId, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Boolean, {
    description: "Rejects a possible earlier version: the two letters are not versions of one letter (editor; audited).",
  })
  rejectVersion(
    @Ctx() ctx: Context,
    @Arg("letterId", () => ID, { description: "A letter." }) letterId: string,
    @Arg("otherId", () => ID, { description: "The letter suggested as its version." }) otherId: string,
  ): Promise<boolean> {
    return ctx.series.reject(letterId, otherId, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Series, { description: "Moves some letters of one series into a new series; returns the new series (editor; audited)." })
  splitSeries(
    @Ctx() ctx: Context,
    @Arg("letterIds", () => [ID], { description: "Letters of one series to move out, not all of them." }) letterIds: string[],
    @Arg("name", () => String, { nullable: true, description: "The new series' name; default: its first letter's title." })
    name: string | null,
  ): Promise<Series> {
    return ctx.series.split(letterIds, name, actorOf(ctx.request));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Series, { description: "Merges one series into another; returns the series kept (editor; audited)." })
  mergeSeries(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The series to merge (it is deleted)." }) id: string,
    @Arg("intoId", () => ID, { description: "The series that receives its letters." }) intoId: string,
  ): Promise<Series> {
    return ctx.series.merge(id, intoId, actorOf(ctx.request));
  }
}

/** The series fields of a letter. */
@Resolver(() => Letter)
export class LetterSeriesResolver {
  @FieldResolver(() => Series, {
    nullable: true,
    description: "The series of recurring letters this letter belongs to; null when none is known.",
  })
  series(@Root() letter: Letter, @Ctx() ctx: Context): Promise<Series | null> {
    return ctx.loaders.seriesOfLetter.load(letter.id);
  }

  @FieldResolver(() => Letter, { nullable: true, description: "The previous version: the latest letter of its series dated before it." })
  previousVersion(@Root() letter: Letter, @Ctx() ctx: Context): Promise<Letter | null> {
    return ctx.loaders.previousVersion.load(letter.id);
  }

  @FieldResolver(() => [VersionSuggestion], {
    description:
      "Possible other versions found on import below the confidence threshold, for staff to confirm or reject; never merged automatically.",
  })
  possibleVersions(@Root() letter: Letter, @Ctx() ctx: Context): Promise<VersionSuggestion[]> {
    return ctx.loaders.versionSuggestions.load(letter.id);
  }

  @FieldResolver(() => LetterComparison, {
    description: "Who signed this letter and another (e.g. `previousVersion`): both, only one, or the other but no longer serving.",
  })
  compareWith(
    @Root() letter: Letter,
    @Ctx() ctx: Context,
    @Arg("letterId", () => ID, { description: "The other letter's `id` or `databaseId`." }) letterId: string,
  ): Promise<LetterComparison> {
    return ctx.series.compare(letter.id, letterId);
  }
}

/** The member of a comparison or matrix row, batched. */
@Resolver(() => ComparedMember)
export class ComparedMemberResolver {
  @FieldResolver(() => Member, { description: "The member." })
  member(@Root() m: ComparedMember, @Ctx() ctx: Context): Promise<Member | null> {
    return ctx.loaders.memberById.load(m.bioguideId);
  }
}

@Resolver(() => SeriesMatrixRow)
export class SeriesMatrixRowResolver {
  @FieldResolver(() => Member, { description: "The member." })
  member(@Root() r: SeriesMatrixRow, @Ctx() ctx: Context): Promise<Member | null> {
    return ctx.loaders.memberById.load(r.bioguideId);
  }
}
