import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { actorOf } from "../auth/request";
import { Role } from "../auth/roles";
import { Scorecard, ScorecardInput } from "./scorecard.types";

/** Scorecards: public reads of published ones; drafts and every write need an editor. */
@Resolver(() => Scorecard)
export class ScorecardsResolver {
  @Query(() => [Scorecard], { description: "Published scorecards, newest first." })
  scorecards(@Ctx() ctx: Context): Promise<Scorecard[]> {
    return ctx.scorecards.list(false);
  }

  @Query(() => Scorecard, { nullable: true, description: "A published scorecard; null when there is none (drafts: `editableScorecard`)." })
  scorecard(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The scorecard's id." }) id: string): Promise<Scorecard | null> {
    return ctx.scorecards.byId(id, false);
  }

  @Authorized(Role.EDITOR)
  @Query(() => [Scorecard], { description: "Every scorecard, drafts first, for editors." })
  editableScorecards(@Ctx() ctx: Context): Promise<Scorecard[]> {
    return ctx.scorecards.list(true);
  }

  @Authorized(Role.EDITOR)
  @Query(() => Scorecard, { nullable: true, description: "A scorecard, draft or published, for editors (the editor's live preview)." })
  editableScorecard(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The scorecard's id." }) id: string,
  ): Promise<Scorecard | null> {
    return ctx.scorecards.byId(id, true);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Scorecard, {
    description: "Creates a draft scorecard; nothing is stored if any part is invalid (BAD_USER_INPUT names it).",
  })
  createScorecard(
    @Ctx() ctx: Context,
    @Arg("input", () => ScorecardInput, { description: "The whole scorecard." }) input: ScorecardInput,
  ): Promise<Scorecard> {
    return ctx.scorecards.create(actorOf(ctx.request), input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Scorecard, { description: "Replaces a scorecard's name, scope, scale, letters and items; all or nothing." })
  editScorecard(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The scorecard's id." }) id: string,
    @Arg("input", () => ScorecardInput, { description: "The whole scorecard." }) input: ScorecardInput,
  ): Promise<Scorecard> {
    return ctx.scorecards.edit(actorOf(ctx.request), id, input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Scorecard, {
    description: "Publishes a scorecard (public from now on) or, with `published: false`, takes it back to draft.",
  })
  publishScorecard(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The scorecard's id." }) id: string,
    @Arg("published", () => Boolean, { defaultValue: true, description: "True to publish, false to unpublish." }) published: boolean,
  ): Promise<Scorecard> {
    return ctx.scorecards.publish(actorOf(ctx.request), id, published);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Boolean, { description: "Deletes a scorecard with its letters and items." })
  deleteScorecard(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The scorecard's id." }) id: string): Promise<boolean> {
    return ctx.scorecards.delete(actorOf(ctx.request), id);
  }
}
