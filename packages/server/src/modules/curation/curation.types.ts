import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../schema/scalars";
import { LetterChamber } from "../letters/enums";
import { Letter } from "../letters/letter.entity";
import { toGlobalId } from "../node/global-id";

@InputType({ description: "Someone a letter is addressed to, as a person corrects it." })
export class RecipientInput {
  @Field(() => String, { description: 'Name, e.g. "Antony J. Blinken".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Title, e.g. "Secretary of State".' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation, e.g. "U.S. Department of State".' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address." })
  address?: string | null;
}

@InputType({ description: "Corrections to a letter; fields left out (or null) stay as they are." })
export class LetterEditInput {
  @Field(() => String, { nullable: true, description: "A short descriptive title (1 to 300 characters)." })
  title?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The letter's date; a new date re-resolves every signature against the members serving then.",
  })
  sentOn?: string | null;

  @Field(() => LetterChamber, { nullable: true, description: "HOUSE, SENATE or BICAMERAL; a new chamber re-resolves every signature." })
  chamber?: LetterChamber | null;

  @Field(() => [RecipientInput], { nullable: true, description: "All the addressees, in order (replaces the list)." })
  recipients?: RecipientInput[] | null;

  @Field(() => [String], { nullable: true, description: 'All the topic tags (replaces them), normalised to slugs such as "human-rights".' })
  topics?: string[] | null;

  @Field(() => String, { nullable: true, description: "Where the letter came from (file name or URL); an empty string clears it." })
  sourceName?: string | null;
}

@ObjectType({ description: "A signature whose person-confirmed member was not serving on the letter's new date or in its new chamber." })
export class FlaggedSignature {
  @Field(() => Int, { description: "The signature's place in the document." })
  position: number;

  @Field(() => String, { description: "The name as printed." })
  printedName: string;

  @Field(() => String, { description: "The member a person had confirmed (bioguide id)." })
  wasBioguideId: string;
}

@ObjectType({ description: "What an edit changed." })
export class LetterEditResult {
  @Field(() => Letter, { description: "The letter as it is now." })
  letter: Letter;

  @Field(() => [String], { description: "The fields that changed (empty: nothing was written)." })
  changed: string[];

  @Field(() => Int, { description: "Signatures matched again after a date or chamber change." })
  rematched: number;

  @Field(() => Int, { description: "Person-confirmed picks kept (still valid on the new date and chamber)." })
  kept: number;

  @Field(() => [FlaggedSignature], { description: "Person-confirmed picks no longer valid: back in the review queue." })
  flagged: FlaggedSignature[];
}

@ObjectType({ description: "What a merge did." })
export class MergeLettersResult {
  @Field(() => Letter, { description: "The merged letter." })
  letter: Letter;

  @Field(() => String, { description: 'Whose text was kept: "into" or "from" (the one with the longer, cleaner text).' })
  textFrom: string;

  @Field(() => Int, { description: "Person-confirmed picks carried over from the merged letter." })
  decisionsKept: number;

  @Field(() => Int, { description: "Signatures only the merged letter had, appended." })
  signaturesAdded: number;
}

@ObjectType({ description: "A deleted letter, restorable until `restorableUntil`." })
export class DeletedLetter {
  @Field(() => ID, { name: "id", description: "The letter's global id (as it had before deletion)." })
  get nodeId(): string {
    return toGlobalId("Letter", this.databaseId);
  }

  @Field(() => String, { description: "The letter's uuid." })
  databaseId: string;

  @Field(() => String, { description: "Its title." })
  title: string;

  @Field(() => DateScalar, { description: "Its date." })
  sentOn: string;

  @Field(() => GraphQLISODateTime, { description: "When it was deleted." })
  deletedAt: Date;

  @Field(() => String, { description: "Who deleted it (email, or cli:<os user>)." })
  deletedBy: string;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "merged into <id>".' })
  reason: string | null;

  @Field(() => GraphQLISODateTime, { description: "After this it is purged and can no longer be restored." })
  restorableUntil: Date;
}

@ObjectType({ description: "One audited change of a letter: who, when, what before and after." })
export class LetterChange {
  @Field(() => ID, { description: "The audit entry's id." })
  id: string;

  @Field(() => GraphQLISODateTime, { description: "When." })
  at: Date;

  @Field(() => String, { description: "Who: the user's email, or cli:<os user>." })
  actor: string;

  @Field(() => String, {
    description: "What: letter.import, letter.edit, letter.delete, letter.restore, letter.merge, letter.purge, letter.setTopics.",
  })
  action: string;

  @Field(() => String, { nullable: true, description: "The changed fields before, as a JSON object (null when there was no letter)." })
  before: string | null;

  @Field(() => String, { nullable: true, description: "The changed fields after, as a JSON object (null when the letter went away)." })
  after: string | null;

  @Field(() => String, { nullable: true, description: "Anything else recorded, as JSON (re-resolved signatures, merge counts, source)." })
  detail: string | null;
}
