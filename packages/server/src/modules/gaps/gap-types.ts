/** GraphQL types of a letter's gap: who in a state, a committee or a group signed, who did not. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../schema/scalars";
import { CommitteeSide } from "../committees/committee-types";
import { LetterChamber } from "../letters/enums";
import { Chamber } from "../members/chamber";
import { Member } from "../members/member.entity";
import { Party } from "../members/party";

export enum GapKind {
  STATE = "STATE",
  COMMITTEE = "COMMITTEE",
  GROUP = "GROUP",
}
registerEnumType(GapKind, {
  name: "GapKind",
  description: "What a gap is taken over: a state's delegation, a committee's members, or a group's.",
});

@InputType({ description: "Whose gap to take: exactly one of `state`, `committee` or `group`." })
export class GapOf {
  @Field(() => String, { nullable: true, description: "A two-letter state code: its delegation in the letter's chamber(s) on its date." })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'A committee or subcommittee id, e.g. "HSFA": its members on the letter\'s date.' })
  committee?: string | null;

  @Field(() => Boolean, { nullable: true, description: "With `committee`: also the members of its subcommittees." })
  includeSubcommittees?: boolean | null;

  @Field(() => ID, { nullable: true, description: "A member group's id: its members." })
  group?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One member of a gap's set, as of the letter's date." })
export class GapMember {
  @Field(() => Member, { description: "The member." })
  member: Member;

  @Field(() => Boolean, { description: "True when the member signed the letter." })
  signed: boolean;

  @Field(() => Boolean, {
    description: "True when the member served in the letter's chamber(s) on its date (and in the group's chamber, when it has one).",
  })
  serving: boolean;

  @Field(() => Chamber, { nullable: true, description: "The chamber served in that day; null when not serving." })
  chamber: Chamber | null;

  @Field(() => String, { nullable: true, description: "State served that day." })
  state: string | null;

  @Field(() => Int, { nullable: true, description: "House district that day (0 at-large)." })
  district: number | null;

  @Field(() => Party, { nullable: true, description: "Party that day." })
  party: Party | null;

  @Field(() => CommitteeSide, { nullable: true, description: "For a committee: majority or minority side that day." })
  side: CommitteeSide | null;

  @Field(() => String, { nullable: true, description: "For a committee: the title that day (Chair, Ranking Member, …)." })
  title: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Who of a state, committee or group could have signed a letter (serving in its chamber on its date), who did, and who did not.",
})
export class Gap {
  @Field(() => GapKind, { description: "STATE, COMMITTEE or GROUP." })
  kind: GapKind;

  @Field(() => String, { description: "The state code, committee id or group id." })
  key: string;

  @Field(() => String, { description: "The state code, the committee's or the group's name." })
  name: string;

  @Field(() => DateScalar, { description: "The letter's date: the day the set is taken." })
  date: string;

  @Field(() => LetterChamber, { description: "The letter's chamber." })
  chamber: LetterChamber;

  @Field(() => Int, { description: "How many of the set could have signed (serving in the letter's chamber(s) that day)." })
  serving: number;

  @Field(() => Int, { description: "How many of those signed." })
  signedCount: number;

  @Field(() => Int, { description: "How many of those did not sign." })
  notSignedCount: number;

  @Field(() => Int, { description: "Members of the set not serving in the letter's chamber(s) that day (left office, other chamber)." })
  notServingCount: number;

  @Field(() => [GapMember], { description: "Serving members who signed, senators first, then by state, district and name." })
  signed: GapMember[];

  @Field(() => [GapMember], { description: "Serving members who did not sign: the call list." })
  notSigned: GapMember[];

  @Field(() => [GapMember], { description: "Members of the set who could not sign (not serving in the letter's chamber that day)." })
  notServing: GapMember[];
}
