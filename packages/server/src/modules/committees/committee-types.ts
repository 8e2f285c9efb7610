/** GraphQL types of committees, subcommittees and their dated membership. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Letter } from "../letters/letter.entity";
import { Member } from "../members/member.entity";
import { DateScalar } from "../../schema/scalars";

export enum CommitteeChamber {
  HOUSE = "HOUSE",
  SENATE = "SENATE",
  JOINT = "JOINT",
}
registerEnumType(CommitteeChamber, {
  name: "CommitteeChamber",
  description: "The chamber a committee belongs to; JOINT committees have members of both.",
});

export enum CommitteeSide {
  MAJORITY = "MAJORITY",
  MINORITY = "MINORITY",
}
registerEnumType(CommitteeSide, { name: "CommitteeSide", description: "The side of the committee a member sits on." });

@ObjectType({ simpleResolvers: true, description: "A congressional committee or subcommittee (congress-legislators data)." })
export class Committee {
  @Field(() => ID, { description: 'The committee id, e.g. "HSFA"; a subcommittee adds its number: "HSFA13".' })
  id: string;

  @Field(() => String, { description: "The committee's name." })
  name: string;

  @Field(() => CommitteeChamber, { description: "HOUSE, SENATE or JOINT." })
  chamber: CommitteeChamber;

  @Field(() => ID, { nullable: true, description: "The parent committee's id, for a subcommittee." })
  parentId: string | null;

  @Field(() => String, { nullable: true, description: "The committee's website." })
  url: string | null;

  @Field(() => String, { nullable: true, description: "What the committee has jurisdiction over." })
  jurisdiction: string | null;

  @Field(() => Boolean, { description: "True when the committee is in the current committees file (not abolished or renamed)." })
  isCurrent: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A stretch of a member's seat on a committee: dates are those of the data's versions." })
export class CommitteeSeat {
  @Field(() => Committee, { description: "The committee or subcommittee." })
  committee: Committee;

  @Field(() => Member, { description: "The member." })
  member: Member;

  @Field(() => CommitteeSide, { nullable: true, description: "Majority or minority side." })
  side: CommitteeSide | null;

  @Field(() => Int, { nullable: true, description: "Rank on the side (1 = most senior); only known from the current file." })
  rank: number | null;

  @Field(() => String, { nullable: true, description: 'Title, e.g. "Chair", "Ranking Member", "Ex Officio".' })
  title: string | null;

  @Field(() => DateScalar, { description: "First day of the stretch." })
  from: string;

  @Field(() => DateScalar, { nullable: true, description: "The day the stretch ended (exclusive); null while it lasts." })
  to: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A letter that a committee's members signed, and how many of them did." })
export class CommitteeLetter {
  @Field(() => Letter, { description: "The letter." })
  letter: Letter;

  @Field(() => Int, { description: "How many members of the committee (on the letter's date) signed it." })
  signers: number;
}
