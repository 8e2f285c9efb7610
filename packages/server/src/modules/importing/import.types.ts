import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../schema/scalars";
import { LetterChamber, MatchStatus, SignerRole } from "../letters/enums";
import { Letter, Recipient } from "../letters/letter.entity";
import { MatchCandidateInfo } from "../letters/signature.entity";
import { Party, partyFromName } from "../members/party";

@ObjectType({ description: "One parsed signature and the member it was matched to (not stored)." })
export class PreviewSignature {
  @Field(() => Int, { description: "1-based place in the document." })
  position: number;

  @Field(() => String, { description: "The name as printed." })
  printedName: string;

  @Field(() => String, { nullable: true, description: "The title printed under the name." })
  printedTitle: string | null;

  @Field(() => Int, { description: "Line of the name in the submitted text." })
  line: number;

  @Field(() => SignerRole, { description: "LEAD, COSIGNER or SIGNER." })
  role: SignerRole;

  @Field(() => MatchStatus, { description: "MATCHED, AMBIGUOUS or UNMATCHED." })
  status: MatchStatus;

  @Field(() => Float, { description: "Confidence of the match, 0 to 1." })
  confidence: number;

  @Field(() => String, { nullable: true, description: "Bioguide id of the matched member." })
  bioguideId: string | null;

  @Field(() => String, { nullable: true, description: "State of the matched member on the letter's date." })
  state: string | null;

  @Field(() => Int, { nullable: true, description: "District of the matched member on the letter's date." })
  district: number | null;

  partyName: string | null;

  @Field(() => Party, { nullable: true, description: "Party of the matched member on the letter's date." })
  get party(): Party | null {
    return partyFromName(this.partyName);
  }

  @Field(() => [MatchCandidateInfo], { description: "Members considered, best first (the picker's suggestions)." })
  candidates: MatchCandidateInfo[];
}

@ObjectType({ description: "The full parse and match of a letter's text, without writing anything." })
export class ImportPreview {
  @Field(() => DateScalar, { description: "The letter's date." })
  sentOn: string;

  @Field(() => LetterChamber, { description: "HOUSE, SENATE or BICAMERAL." })
  chamber: LetterChamber;

  @Field(() => String, { description: "Subject or short title." })
  title: string;

  @Field(() => [Recipient], { description: "Addressees." })
  recipients: Recipient[];

  @Field(() => String, { nullable: true, description: "Salutation line." })
  salutation: string | null;

  @Field(() => String, { description: "Body text." })
  body: string;

  @Field(() => [PreviewSignature], { description: "Signatures in document order." })
  signatures: PreviewSignature[];

  @Field(() => Int, { description: "Signatures that a person must review (AMBIGUOUS or UNMATCHED)." })
  needsReview: number;

  @Field(() => [String], { description: "Anything odd the parser noticed." })
  warnings: string[];

  @Field(() => [String], { description: "Suggested topic tags (stored with the letter; editable later)." })
  topics: string[];

  @Field(() => Letter, { nullable: true, description: "The stored letter with the same content, if it was imported before." })
  existingLetter: Letter | null;
}

@ObjectType({ description: "What an import stored." })
export class ImportResult {
  @Field(() => Letter, { description: "The stored letter (the existing one when `created` is false)." })
  letter: Letter;

  @Field(() => Boolean, { description: "False when the same letter was already stored: nothing new was written." })
  created: boolean;

  @Field(() => Int, { description: "Signatures that a person must review." })
  needsReview: number;
}

@InputType({ description: "A person's pick of the member behind a printed name, by the signer's position." })
export class ResolutionInput {
  @Field(() => Int, { description: "The signer's 1-based position, as in the preview." })
  position: number;

  @Field(() => String, { description: "Bioguide id of the member who signed." })
  bioguideId: string;
}
