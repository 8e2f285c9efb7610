import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../schema/scalars";
import { Letter } from "../letters/letter.entity";
import { Member } from "../members/member.entity";
import { Party, partyFromName } from "../members/party";

export enum VersionMethod {
  TEXT = "TEXT",
  FOLLOW_UP = "FOLLOW_UP",
}
registerEnumType(VersionMethod, {
  name: "VersionMethod",
  description:
    "How an earlier version was found: TEXT (shared text, MinHash similarity) or FOLLOW_UP (the letter cites an earlier letter's date to the same recipient).",
});

export enum VersionLinkStatus {
  JOINED = "JOINED",
  POSSIBLE = "POSSIBLE",
  CONFIRMED = "CONFIRMED",
  REJECTED = "REJECTED",
}
registerEnumType(VersionLinkStatus, {
  name: "VersionLinkStatus",
  description: "JOINED automatically (above the threshold), POSSIBLE (below it: shown, never merged), CONFIRMED or REJECTED by staff.",
});

@ObjectType({ description: "A series of recurring letters: versions of one letter, sent over the years." })
export class Series {
  @Field(() => ID, { description: "The series' stable id (a uuid)." })
  id: string;

  @Field(() => String, { description: "A name staff can edit; at first the title of its earliest-found letter." })
  name: string;

  @Field(() => Date, { description: "When the series was formed." })
  createdAt: Date;

  @Field(() => Date, { description: "When a letter last joined or the series was last edited." })
  updatedAt: Date;
}

@ObjectType({ description: "A member on one letter's date: whether serving in its chamber(s), whether signed, and party and state then." })
export class MemberOnDate {
  @Field(() => DateScalar, { description: "The letter's date." })
  date: string;

  @Field(() => Boolean, { description: "Serving in the letter's chamber(s) on that date." })
  serving: boolean;

  @Field(() => Boolean, { description: "Signed that letter." })
  signed: boolean;

  partyName: string | null;

  @Field(() => Party, { nullable: true, description: "Party on that date (null when not serving)." })
  get party(): Party | null {
    return partyFromName(this.partyName);
  }

  @Field(() => String, { nullable: true, description: "State on that date (null when not serving)." })
  state: string | null;

  @Field(() => Int, { nullable: true, description: "District on that date (House; null for senators or when not serving)." })
  district: number | null;
}

@ObjectType({ description: "A member who signed one or both of two compared letters." })
export class ComparedMember {
  @Field(() => String, { description: "The member's bioguide id." })
  bioguideId: string;

  @Field(() => Member, { description: "The member." })
  member?: Member;

  @Field(() => MemberOnDate, { description: "On this letter's date." })
  onThis: MemberOnDate;

  @Field(() => MemberOnDate, { description: "On the other letter's date." })
  onOther: MemberOnDate;
}

@ObjectType({ description: "Who signed this letter and another (usually an earlier version), member by member." })
export class LetterComparison {
  @Field(() => Letter, { description: "The other letter." })
  other: Letter;

  @Field(() => [ComparedMember], { description: "Signed both." })
  signedBoth: ComparedMember[];

  @Field(() => [ComparedMember], { description: "Signed this letter only." })
  signedOnlyThis: ComparedMember[];

  @Field(() => [ComparedMember], {
    description: "Signed the other letter, not this one, and serving in this letter's chamber(s) on its date: the call list.",
  })
  signedOnlyOther: ComparedMember[];

  @Field(() => [ComparedMember], {
    description:
      "Signed the other letter, not this one, and not serving in this letter's chamber(s) on its date (left office or changed chamber).",
  })
  notServingNow: ComparedMember[];
}

@ObjectType({ description: "A member on one version of a series." })
export class SeriesMatrixCell {
  @Field(() => String, { description: "The version's uuid (`databaseId`)." })
  letterId: string;

  @Field(() => Boolean, { description: "Signed this version." })
  signed: boolean;

  @Field(() => Boolean, { description: "Serving in the version's chamber(s) on its date." })
  serving: boolean;

  partyName: string | null;

  @Field(() => Party, { nullable: true, description: "Party on the version's date." })
  get party(): Party | null {
    return partyFromName(this.partyName);
  }

  @Field(() => String, { nullable: true, description: "State on the version's date." })
  state: string | null;
}

@ObjectType({ description: "One member across a series' versions." })
export class SeriesMatrixRow {
  @Field(() => String, { description: "The member's bioguide id." })
  bioguideId: string;

  @Field(() => Member, { description: "The member." })
  member?: Member;

  @Field(() => Int, { description: "How many versions the member signed." })
  signedCount: number;

  @Field(() => [SeriesMatrixCell], { description: "One cell per version, in the order of `versions`." })
  cells: SeriesMatrixCell[];
}

@ObjectType({ description: "Members × versions: who signed which version, and who was serving then." })
export class SeriesMatrix {
  @Field(() => [Letter], { description: "The versions, oldest first." })
  versions: Letter[];

  @Field(() => [SeriesMatrixRow], { description: "Every member who signed at least one version, most versions signed first." })
  rows: SeriesMatrixRow[];
}

@ObjectType({ description: "Another letter that may be a version of this one (found on import)." })
export class VersionSuggestion {
  @Field(() => Letter, { description: "The other letter." })
  letter: Letter;

  @Field(() => Float, { description: "Estimated share of text in common (Jaccard, 0..1); 1 for an explicit follow-up." })
  score: number;

  @Field(() => VersionMethod, { description: "How it was found." })
  method: VersionMethod;

  @Field(() => VersionLinkStatus, { description: "POSSIBLE until staff confirm or reject it; JOINED when it joined automatically." })
  status: VersionLinkStatus;

  @Field(() => String, { nullable: true, description: "For a follow-up: the sentence that refers to the earlier letter." })
  phrase: string | null;
}
