/** GraphQL types around a member's letters. */
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Letter } from "./letter.entity";
import { DateScalar } from "../../schema/scalars";
import { Member } from "../members/member.entity";

@InputType({ description: "Which of a member's signatures to list." })
export class MemberSignatureFilter {
  @Field(() => String, { nullable: true, description: "Only letters with this topic tag, case-insensitive." })
  topic?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or after this date." })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only letters sent on or before this date." })
  dateTo?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A member who signed letters together with another, and how often." })
export class CoSigner {
  @Field(() => Member, { description: "The other member." })
  member: Member;

  @Field(() => Int, { description: "How many letters both signed." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "A letter the member could have signed, and whether they did." })
export class RecordLetter {
  @Field(() => Letter, { description: "The letter." })
  letter: Letter;

  @Field(() => Boolean, { description: "True when the member signed it." })
  signed: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "A member's record: letters they could have signed (serving in the letter's chamber on its date) against those they signed.",
})
export class MemberRecord {
  @Field(() => Int, { description: "Letters the member could have signed." })
  eligible: number;

  @Field(() => Int, { description: "Of those, letters the member signed." })
  signed: number;

  @Field(() => [RecordLetter], { description: "The eligible letters, newest first (up to `first`)." })
  letters: RecordLetter[];
}
