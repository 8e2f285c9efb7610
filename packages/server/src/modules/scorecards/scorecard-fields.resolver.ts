import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { badInput, checkFirst } from "../../schema/connection";
import { Letter } from "../letters/letter.entity";
import { Member } from "../members/member.entity";
import type { MemberScoreRow } from "./scorecard-read";
import {
  MemberScore,
  MemberScoreConnection,
  Scorecard,
  ScorecardItem,
  ScorecardLetter,
  ScorecardMemberFilter,
  ScorecardMemberOrder,
  ScoreLine,
  StateGrades,
} from "./scorecard.types";

export const toMemberScore = (r: MemberScoreRow): MemberScore => Object.assign(new MemberScore(), r);

/** A scorecard's letters, items, graded members, states, and one member's score. */
@Resolver(() => Scorecard)
export class ScorecardFieldsResolver {
  @FieldResolver(() => [ScorecardLetter], { description: "The letters, in the order the editor put them." })
  letters(@Root() s: Scorecard, @Ctx() ctx: Context): Promise<ScorecardLetter[]> {
    return ctx.scorecards.letters(s.id);
  }

  @FieldResolver(() => [ScorecardItem], { description: "Hand-entered items." })
  items(@Root() s: Scorecard, @Ctx() ctx: Context): Promise<ScorecardItem[]> {
    return ctx.scorecards.items(s.id);
  }

  @FieldResolver(() => MemberScoreConnection, {
    description: "Graded members (those who could sign at least one letter, or with an item), one statement a page.",
  })
  async members(
    @Root() s: Scorecard,
    @Ctx() ctx: Context,
    @Arg("filter", () => ScorecardMemberFilter, { nullable: true, description: "Filters; all must hold." })
    filter: ScorecardMemberFilter | null,
    @Arg("orderBy", () => ScorecardMemberOrder, {
      nullable: true,
      defaultValue: ScorecardMemberOrder.GRADE,
      description: "Order (GRADE by default).",
    })
    orderBy: ScorecardMemberOrder | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from the same order and filter)." })
    after: string | null,
  ): Promise<MemberScoreConnection> {
    const page = await ctx.scorecards.read.members(
      s.id,
      filter ?? {},
      orderBy ?? ScorecardMemberOrder.GRADE,
      checkFirst(first ?? 50),
      after,
    );
    return MemberScoreConnection.from({ ...page, nodes: page.nodes.map(toMemberScore) });
  }

  @FieldResolver(() => [StateGrades], { description: "Each state's graded members: average score and grade, and members per grade." })
  byState(@Root() s: Scorecard, @Ctx() ctx: Context): Promise<StateGrades[]> {
    return ctx.scorecards.read.byState(s.id, s.gradeScale);
  }

  @FieldResolver(() => MemberScore, { description: "One member's score; grade null (not F) when they could sign none of the letters." })
  async score(
    @Root() s: Scorecard,
    @Ctx() ctx: Context,
    @Arg("bioguideId", () => String, { description: "The member's bioguide id." }) bioguideId: string,
  ): Promise<MemberScore> {
    const id = bioguideId.trim().toUpperCase();
    if (!(await ctx.loaders.memberById.load(id))) throw badInput(`No member has the bioguide id "${bioguideId}".`, "bioguideId");
    const [row] = await ctx.scorecards.read.scoresOf([id], s.id);
    return toMemberScore(
      row ?? {
        scorecardId: s.id,
        bioguideId: id,
        grade: null,
        score: null,
        earned: 0,
        possible: 0,
        eligibleLetters: 0,
        state: null,
        party: null,
        chamber: null,
      },
    );
  }
}

@Resolver(() => MemberScore)
export class MemberScoreResolver {
  @FieldResolver(() => Member, { description: "The member." })
  async member(@Root() s: MemberScore, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.memberById.load(s.bioguideId))!;
  }

  @FieldResolver(() => Scorecard, { description: "The scorecard." })
  async scorecard(@Root() s: MemberScore, @Ctx() ctx: Context): Promise<Scorecard> {
    return (await ctx.scorecards.byId(s.scorecardId, true))!;
  }

  @FieldResolver(() => [ScoreLine], {
    description: "Why this grade: each letter the member could sign (newest first) and whether they signed, then hand-entered items.",
  })
  async explanation(@Root() s: MemberScore, @Ctx() ctx: Context): Promise<ScoreLine[]> {
    const rows = await ctx.loaders.explanation.load({ scorecardId: s.scorecardId, bioguideId: s.bioguideId });
    return rows.map((r) => Object.assign(new ScoreLine(), r));
  }
}

@Resolver(() => ScoreLine)
export class ScoreLineResolver {
  @FieldResolver(() => Letter, { nullable: true, description: "The letter; null for a hand-entered item." })
  letter(@Root() l: ScoreLine, @Ctx() ctx: Context): Promise<Letter | null> | null {
    return l.letterId ? ctx.loaders.letterById.load(l.letterId) : null;
  }
}

@Resolver(() => ScorecardLetter)
export class ScorecardLetterResolver {
  @FieldResolver(() => Letter, { description: "The letter." })
  async letter(@Root() l: ScorecardLetter, @Ctx() ctx: Context): Promise<Letter> {
    return (await ctx.loaders.letterById.load(l.letterId))!;
  }
}

@Resolver(() => ScorecardItem)
export class ScorecardItemResolver {
  @FieldResolver(() => Member, { description: "The member it scores." })
  async member(@Root() i: ScorecardItem, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.memberById.load(i.bioguideId))!;
  }
}

/** Member.scores: the member's grades on every published scorecard (letters module style: this module owns the field). */
@Resolver(() => Member)
export class MemberScoresResolver {
  @FieldResolver(() => [MemberScore], {
    description: "Grades on every published scorecard the member could be graded on, newest scorecard first.",
  })
  async scores(@Root() m: Member, @Ctx() ctx: Context): Promise<MemberScore[]> {
    return (await ctx.loaders.scoresByMember.load(m.bioguideId)).map(toMemberScore);
  }
}
