/** GraphQL types of member groups: caucuses, coalitions and target lists staff keep. */
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { Letter } from "../letters/letter.entity";
import { MatchStatus } from "../letters/enums";
import { Chamber } from "../members/chamber";
import { Member } from "../members/member.entity";

@ObjectType({
  simpleResolvers: true,
  description:
    "A named group of members kept by staff (a caucus, a coalition, a target list). Its members are people: one who left office stays.",
})
export class MemberGroup {
  @Field(() => ID, { description: "The group's id." })
  id: string;

  @Field(() => String, { description: "The group's name, unique (case-insensitive)." })
  name: string;

  @Field(() => String, { nullable: true, description: "What the group is for." })
  description: string | null;

  @Field(() => Chamber, { nullable: true, description: "When set, gaps count only members serving in this chamber." })
  chamber: Chamber | null;

  @Field(() => Int, { description: "How many members the group has." })
  memberCount: number;

  @Field(() => GraphQLISODateTime, { description: "When the group was created." })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: "When the group or its members last changed." })
  updatedAt: Date;
}

@InputType({ description: "A new group, or the fields of one to change." })
export class GroupInput {
  @Field(() => String, { description: "Name, 1 to 120 characters, unique (case-insensitive)." })
  name: string;

  @Field(() => String, { nullable: true, description: "What the group is for (up to 2,000 characters)." })
  description?: string | null;

  @Field(() => Chamber, { nullable: true, description: "Limit gaps to members serving in this chamber." })
  chamber?: Chamber | null;

  @Field(() => [String], { nullable: true, description: "Bioguide ids of the first members (create only)." })
  bioguideIds?: string[] | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "One entry of a pasted list or CSV and the member it matched, or the choices to pick from.",
})
export class ListMatch {
  @Field(() => Int, { description: "1-based line of the input." })
  line: number;

  @Field(() => String, { description: "The entry as written." })
  text: string;

  @Field(() => MatchStatus, {
    description: "MATCHED (one member), AMBIGUOUS (pick from `candidates`) or UNMATCHED (see `candidates` for suggestions).",
  })
  status: MatchStatus;

  @Field(() => Member, { nullable: true, description: "The member, when MATCHED." })
  member: Member | null;

  @Field(() => [Member], { description: "Members to choose from, best first (never picked for you)." })
  candidates: Member[];
}

@ObjectType({ simpleResolvers: true, description: "A pasted list matched against members: every entry matched or offered as choices." })
export class ListMatchResult {
  @Field(() => [ListMatch], { description: "The entries in input order." })
  entries: ListMatch[];

  @Field(() => Int, { description: "Entries matched to one member." })
  matched: number;

  @Field(() => Int, { description: "Entries needing a person: AMBIGUOUS or UNMATCHED." })
  needsReview: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "A group member's record on the group's letters (letters any member of the group signed).",
})
export class GroupMemberRecord {
  @Field(() => Member, { description: "The member." })
  member: Member;

  @Field(() => Int, {
    description: "Of the group's letters, how many the member could have signed (serving in the letter's chamber on its date).",
  })
  eligible: number;

  @Field(() => Int, { description: "How many of the group's letters the member signed." })
  signed: number;

  @Field(() => [ID], { description: "Database ids of the group's letters the member signed." })
  signedLetterIds: string[];
}

@ObjectType({ simpleResolvers: true, description: "Each member's record on the letters the group's members signed, newest letters first." })
export class GroupRecord {
  @Field(() => [Letter], { description: "The group's letters: the newest letters any member of the group signed." })
  letters: Letter[];

  @Field(() => [GroupMemberRecord], { description: "Each member, most letters signed first." })
  members: GroupMemberRecord[];
}
