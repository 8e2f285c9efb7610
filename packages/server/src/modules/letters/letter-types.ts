/** GraphQL types around letters: filters, orders, breakdowns, delegations and mentions. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../schema/scalars";
import { Chamber } from "../members/chamber";
import { Member } from "../members/member.entity";
import { Party } from "../members/party";
import { LetterChamber, MatchStatus, SignerRole } from "./enums";

export enum LetterOrder {
  DATE = "DATE",
  SIGNER_COUNT = "SIGNER_COUNT",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(LetterOrder, {
  name: "LetterOrder",
  description: "How to order letters; each order is descending and ties break on the date, then the id.",
  valuesConfig: {
    DATE: { description: "Newest first (the default)." },
    SIGNER_COUNT: { description: "Most signers first." },
    RELEVANCE: { description: "Best full-text match first; only with `filter.search`." },
  },
});

export enum MentionKind {
  PERSON = "PERSON",
  LAW = "LAW",
  ORGANIZATION = "ORGANIZATION",
  PLACE = "PLACE",
  DATE = "DATE",
}
registerEnumType(MentionKind, { name: "MentionKind", description: "What sort of thing a letter mentions." });

@InputType({ description: "Which letters to list or count; all given conditions must hold." })
export class LetterFilter {
  @Field(() => LetterChamber, { nullable: true, description: "Only letters from this chamber." })
  chamber?: LetterChamber | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or after this date." })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or before this date." })
  dateTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of a recipient\'s name or organisation, case- and accent-insensitive, e.g. "Pompeo" or "Department of State".',
  })
  recipient?: string | null;

  @Field(() => String, { nullable: true, description: "A topic tag (see `Letter.topics`), case-insensitive." })
  topic?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name of a person, law, organisation, place or date the letter mentions, case- and accent-insensitive, e.g. "Ilham Aliyev" or "Global Magnitsky".',
  })
  mention?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over title and body (English stemming; web-search syntax: words, "a phrase", -excluded, or). Enables `orderBy: RELEVANCE`.',
  })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Bioguide ids of members who all signed, e.g. ["S000344"].' })
  signedBy?: string[] | null;

  @Field(() => [String], { nullable: true, description: "At least one signer represented one of these states on the letter's date." })
  signerStates?: string[] | null;

  @Field(() => [Party], { nullable: true, description: "At least one signer belonged to one of these parties on the letter's date." })
  signerParties?: Party[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: at least one Democrat and one Republican signed (parties of the letter's date); false: not so.",
  })
  bipartisan?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'At least one signer sat on one of these committees or subcommittees (ids such as "HSFA") on the letter\'s date.',
  })
  committees?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "At least one signer is a member of one of these member groups." })
  groups?: string[] | null;

  @Field(() => Int, { nullable: true, description: "At least this many signatures." })
  minSigners?: number | null;
}

@InputType({ description: "Which signatures to list; state, district and party are those of the letter's date." })
export class SignatureFilter {
  @Field(() => [String], { nullable: true, description: 'Two-letter state codes, e.g. ["CA", "DC"].' })
  states?: string[] | null;

  @Field(() => [Party], { nullable: true, description: "Parties of the signers on the letter's date." })
  parties?: Party[] | null;

  @Field(() => [SignerRole], { nullable: true, description: "LEAD, COSIGNER or SIGNER." })
  roles?: SignerRole[] | null;

  @Field(() => [Int], { nullable: true, description: "House districts (0 for at-large seats); usually with `states`." })
  districts?: number[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Signers who sat on one of these committees or subcommittees (ids such as "HSFA") on the letter\'s date.',
  })
  committees?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Signers who are members of one of these member groups." })
  groups?: string[] | null;

  @Field(() => [MatchStatus], { nullable: true, description: "Match statuses, e.g. [AMBIGUOUS, UNMATCHED] for names to review." })
  statuses?: MatchStatus[] | null;
}

@ObjectType({ simpleResolvers: true, description: "How many signatures came from one party." })
export class PartyCount {
  @Field(() => Party, { nullable: true, description: "The party on the letter's date; null for names not matched to a member." })
  party: Party | null;

  @Field(() => Int, { description: "Number of signatures." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "How many signatures came from one state." })
export class StateCount {
  @Field(() => String, {
    nullable: true,
    description: "Two-letter state code on the letter's date; null for names not matched to a member.",
  })
  state: string | null;

  @Field(() => Int, { description: "Number of signatures." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "How many signatures have one role." })
export class RoleCount {
  @Field(() => SignerRole, { description: "LEAD, COSIGNER or SIGNER." })
  role: SignerRole;

  @Field(() => Int, { description: "Number of signatures." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "A letter's signatures counted by party, state and role (as of the letter's date)." })
export class LetterBreakdown {
  @Field(() => [PartyCount], { description: "Signatures per party, largest first." })
  byParty: PartyCount[];

  @Field(() => [StateCount], { description: "Signatures per state, largest first, then by state code." })
  byState: StateCount[];

  @Field(() => [RoleCount], { description: "Signatures per role: LEAD, COSIGNER, SIGNER." })
  byRole: RoleCount[];

  @Field(() => Boolean, { description: "True when at least one Democrat and one Republican signed." })
  bipartisan: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A member of a state's delegation on a letter's date, and whether they signed." })
export class DelegationMember {
  @Field(() => Member, { description: "The member." })
  member: Member;

  @Field(() => Chamber, { description: "The chamber the member served in that day." })
  chamber: Chamber;

  @Field(() => Int, { nullable: true, description: "House district that day (0 at-large); null for senators." })
  district: number | null;

  @Field(() => Party, { nullable: true, description: "Party that day." })
  party: Party | null;

  @Field(() => Boolean, { description: "True when the member signed the letter." })
  signed: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "The members serving a state in a letter's chamber(s) on its date, split into signers and non-signers.",
})
export class Delegation {
  @Field(() => String, { description: "Two-letter state code." })
  state: string;

  @Field(() => DateScalar, { description: "The letter's date: the day the delegation is taken." })
  date: string;

  @Field(() => Int, { description: "How many members served the state that day." })
  serving: number;

  @Field(() => [Member], { description: "Serving members who signed, senators first, then by district." })
  signed: Member[];

  @Field(() => [Member], { description: "Serving members who did not sign, senators first, then by district." })
  notSigned: Member[];

  @Field(() => [DelegationMember], {
    description: "Every serving member with chamber, district and party of that day, and whether they signed.",
  })
  members: DelegationMember[];
}

@ObjectType({ simpleResolvers: true, description: "Something a letter names: a person, law, organisation, place or date." })
export class LetterMention {
  @Field(() => MentionKind, { description: "What sort of thing it is." })
  kind: MentionKind;

  @Field(() => String, { description: 'As written in the letter, e.g. "Ilham Aliyev".' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The role given in the letter, e.g. "President of Azerbaijan".' })
  role: string | null;

  @Field(() => String, { description: "Normalised form used for matching across letters." })
  normalized: string;

  @Field(() => Int, { description: "How many times the letter mentions it." })
  count: number;
}
