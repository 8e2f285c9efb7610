/** GraphQL types of scorecards: the scorecard, its letters and items, member scores and inputs. */
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../schema/connection";
import { DateScalar } from "../../schema/scalars";
import { Chamber } from "../members/chamber";
import { Member } from "../members/member.entity";
import { Party } from "../members/party";
import { Letter } from "../letters/letter.entity";

export enum Stance {
  SUPPORT = "SUPPORT",
  OPPOSE = "OPPOSE",
}
registerEnumType(Stance, {
  name: "Stance",
  description: "What signing a letter means for the organisation: SUPPORT earns its weight by signing, OPPOSE by not signing.",
});

export enum ScorecardMemberOrder {
  GRADE = "GRADE",
  NAME = "NAME",
  STATE = "STATE",
}
registerEnumType(ScorecardMemberOrder, {
  name: "ScorecardMemberOrder",
  description: "How to order a scorecard's members; ties break on last name, first name, then bioguide id.",
  valuesConfig: {
    GRADE: { description: "Best score first (the default)." },
    NAME: { description: "By last name, first name." },
    STATE: { description: "By state, then best score." },
  },
});

@ObjectType({ description: "A band of a grade scale: the grade of scores from `min`% (included) to `max`% (excluded; 100 included)." })
export class GradeBand {
  @Field(() => String, { description: "The grade, e.g. A+." })
  grade: string;

  @Field(() => Float, { description: "Lowest percentage, included." })
  min: number;

  @Field(() => Float, { description: "Highest percentage, excluded unless it is 100." })
  max: number;
}

@ObjectType({ description: "A letter on a scorecard." })
export class ScorecardLetter {
  letterId: string;

  @Field(() => Letter, { description: "The letter." })
  letter: Letter;

  @Field(() => Stance, { description: "Whether signing is support or opposition of the organisation's position." })
  stance: Stance;

  @Field(() => Float, { description: "Points the letter is worth (0 < weight <= 100)." })
  weight: number;
}

@ObjectType({ description: "A hand-entered item (a vote or statement the product does not hold) for one member." })
export class ScorecardItem {
  bioguideId: string;

  @Field(() => Member, { description: "The member it scores." })
  member: Member;

  @Field(() => Float, { description: "Points earned." })
  points: number;

  @Field(() => Float, { description: "Points possible." })
  outOf: number;

  @Field(() => String, { description: "What it was." })
  note: string;
}

@ObjectType({ description: "An organisation's scorecard: letters with stances and weights, graded for every member who could sign them." })
export class Scorecard {
  @Field(() => ID, { description: "The scorecard's id." })
  id: string;

  @Field(() => String, { description: "Its name." })
  name: string;

  @Field(() => String, { nullable: true, description: "What it measures." })
  description: string | null;

  @Field(() => Chamber, { nullable: true, description: "Only this chamber's letters and members; both when null." })
  chamber: Chamber | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or after this day." })
  dateFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or before this day." })
  dateTo: string | null;

  @Field(() => Int, { nullable: true, description: "The Congress the date range was set from, if any." })
  congress: number | null;

  @Field(() => [GradeBand], { description: "The grade scale, best band first." })
  gradeScale: GradeBand[];

  @Field(() => Boolean, { description: "True once published (public); false while a draft (editors only)." })
  published: boolean;

  @Field(() => Date, { nullable: true, description: "When it was published." })
  publishedAt: Date | null;

  @Field(() => Date, { description: "When it was last edited." })
  updatedAt: Date;
}

@ObjectType({ description: "One line of a grade's explanation: an eligible letter, or a hand-entered item." })
export class ScoreLine {
  @Field(() => Letter, { nullable: true, description: "The letter; null for a hand-entered item." })
  letter: Letter | null;

  letterId: string | null;

  @Field(() => String, { nullable: true, description: "The item's note; null for a letter." })
  note: string | null;

  @Field(() => Stance, { nullable: true, description: "The letter's stance; null for an item." })
  stance: Stance | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the member signed the letter; null for an item." })
  signed: boolean | null;

  @Field(() => Float, { description: "Points earned on this line." })
  earned: number;

  @Field(() => Float, { description: "Points possible on this line." })
  possible: number;
}

@ObjectType({ description: "A member's grade on a scorecard." })
export class MemberScore {
  scorecardId: string;
  bioguideId: string;

  @Field(() => Member, { description: "The member." })
  member: Member;

  @Field(() => String, {
    nullable: true,
    description: "The grade; null when the member could sign none of the letters (no grade, not an F).",
  })
  grade: string | null;

  @Field(() => Float, { nullable: true, description: "earned / possible, rounded half-up to 4 places; null without a grade." })
  score: number | null;

  @Field(() => Float, { description: "Weighted points earned." })
  earned: number;

  @Field(() => Float, { description: "Weighted points possible (eligible letters and items)." })
  possible: number;

  @Field(() => Int, { description: "Letters the member could have signed: served in the letter's chamber on its date." })
  eligibleLetters: number;

  @Field(() => String, { nullable: true, description: "State on the latest letter the member could sign." })
  state: string | null;

  @Field(() => Party, { nullable: true, description: "Party on the latest letter the member could sign." })
  party: Party | null;

  @Field(() => Chamber, { nullable: true, description: "Chamber on the latest letter the member could sign." })
  chamber: Chamber | null;
}

@ObjectType({ description: "A page of member scores." })
export class MemberScoreConnection extends ConnectionType("MemberScore", MemberScore) {}

@ObjectType({ description: "How many members of a state (or in all) got a grade." })
export class GradeCount {
  @Field(() => String, { description: "The grade." })
  grade: string;

  @Field(() => Int, { description: "How many members." })
  count: number;
}

@ObjectType({ description: "A state's delegation on a scorecard." })
export class StateGrades {
  @Field(() => String, { description: "Two-letter state code." })
  state: string;

  @Field(() => Float, { description: "Average score of the graded members (0..1, 4 places)." })
  average: number;

  @Field(() => String, { description: "The grade of the average score." })
  averageGrade: string;

  @Field(() => Int, { description: "Graded members." })
  members: number;

  @Field(() => [GradeCount], { description: "Members per grade, best grade first." })
  grades: GradeCount[];
}

@InputType({ description: "A grade band." })
export class GradeBandInput {
  @Field(() => String, { description: "The grade, 1 to 8 characters." })
  grade: string;

  @Field(() => Float, { description: "Lowest percentage, included." })
  min: number;

  @Field(() => Float, { description: "Highest percentage, excluded unless 100." })
  max: number;
}

@InputType({ description: "A letter to put on a scorecard." })
export class ScorecardLetterInput {
  @Field(() => ID, { description: "The letter's id or uuid." })
  letterId: string;

  @Field(() => Stance, { description: "SUPPORT or OPPOSE." })
  stance: Stance;

  @Field(() => Float, { nullable: true, defaultValue: 1, description: "Points, 0 < weight <= 100 (default 1)." })
  weight?: number | null;
}

@InputType({ description: "A hand-entered item for one member." })
export class ScorecardItemInput {
  @Field(() => String, { description: "The member's bioguide id." })
  bioguideId: string;

  @Field(() => Float, { description: "Points earned, 0 <= points <= outOf." })
  points: number;

  @Field(() => Float, { nullable: true, defaultValue: 1, description: "Points possible, 0 < outOf <= 100 (default 1)." })
  outOf?: number | null;

  @Field(() => String, { description: "What it was (a vote, a statement)." })
  note: string;
}

@InputType({ description: "A whole scorecard; `editScorecard` replaces everything with it." })
export class ScorecardInput {
  @Field(() => String, { description: "Name, 1 to 200 characters." })
  name: string;

  @Field(() => String, { nullable: true, description: "What it measures." })
  description?: string | null;

  @Field(() => Chamber, { nullable: true, description: "Only this chamber's letters and members." })
  chamber?: Chamber | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters on or after this day." })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters on or before this day." })
  dateTo?: string | null;

  @Field(() => Int, { nullable: true, description: "Only letters of this Congress (sets the date range; not with dateFrom/dateTo)." })
  congress?: number | null;

  @Field(() => [GradeBandInput], { nullable: true, description: "The grade scale; the default A+..F scale when omitted." })
  gradeScale?: GradeBandInput[] | null;

  @Field(() => [ScorecardLetterInput], { description: "The letters, at most 500." })
  letters: ScorecardLetterInput[];

  @Field(() => [ScorecardItemInput], { nullable: true, description: "Hand-entered items." })
  items?: ScorecardItemInput[] | null;
}

@InputType({ description: "Which members of a scorecard to list; all given conditions must hold." })
export class ScorecardMemberFilter {
  @Field(() => [String], { nullable: true, description: "Two-letter state codes." })
  states?: string[] | null;

  @Field(() => [Party], { nullable: true, description: "Parties." })
  parties?: Party[] | null;

  @Field(() => Chamber, { nullable: true, description: "Chamber." })
  chamber?: Chamber | null;

  @Field(() => [String], { nullable: true, description: 'Grades, e.g. ["A+", "A"].' })
  grades?: string[] | null;
}
