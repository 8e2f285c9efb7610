import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Party, partyFromName } from "../members/party";
import { toGlobalId } from "../node/global-id";
import { Node } from "../node/node";
import { MatchStatus, SignerRole } from "./enums";
import type { MemberRow } from "../members/members.read";
import type { LetterRow } from "./letters.read";
import { Letter } from "./letter.entity";

@ObjectType({ simpleResolvers: true, description: "A member considered for a printed name, with a score from 0 to 1." })
export class MatchCandidateInfo {
  @Field(() => String, { description: "Bioguide id of the candidate." })
  bioguideId: string;

  @Field(() => Float, { description: "How well the printed name fits, 0 to 1." })
  score: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One name printed in a letter's signature block and the member it belongs to.",
})
@Entity({ name: "signature" })
@Unique(["letterId", "position"])
export class Signature {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { name: "id", simple: false, description: "Globally unique id of the signature (Node)." })
  get nodeId(): string {
    return toGlobalId("Signature", this.id);
  }

  @Column({ name: "letter_id", type: "uuid" })
  letterId: string;

  /** The signer's member when the statement that read this signature joined it (not a column). */
  joinedMember?: MemberRow | null;

  /** The signature's letter (some of its columns: those the query selects) when the statement that read this signature joined it (not a column). */
  joinedLetter?: LetterRow;

  @ManyToOne(() => Letter, (l) => l.signatures, { onDelete: "CASCADE" })
  @JoinColumn({ name: "letter_id" })
  letter?: Letter;

  @Field(() => Int, { description: "1-based place in the document: left to right, row by row." })
  @Column({ type: "integer" })
  position: number;

  @Field(() => String, { description: 'The name exactly as printed, e.g. "J. Luis Correa".' })
  @Column({ name: "printed_name", type: "text" })
  printedName: string;

  @Field(() => String, { nullable: true, description: 'The title printed under the name, e.g. "MEMBER OF CONGRESS".' })
  @Column({ name: "printed_title", type: "text", nullable: true })
  printedTitle: string | null;

  @Field(() => SignerRole, { description: "LEAD, COSIGNER or SIGNER." })
  @Column({ type: "varchar", length: 10 })
  role: SignerRole;

  @Field(() => MatchStatus, { description: "How the name was tied to a member." })
  @Column({ type: "varchar", length: 10 })
  status: MatchStatus;

  @Field(() => Float, { description: "Confidence of the match, 0 to 1 (1 when confirmed by a person)." })
  @Column({ type: "real" })
  confidence: number;

  @Field(() => String, { nullable: true, description: "Bioguide id of the member; null unless MATCHED or CONFIRMED." })
  @Column({ name: "bioguide_id", type: "varchar", length: 16, nullable: true })
  bioguideId: string | null;

  @Field(() => String, { nullable: true, description: "The member's state on the letter's date." })
  @Column({ type: "varchar", length: 2, nullable: true })
  state: string | null;

  @Field(() => Int, { nullable: true, description: "The member's House district on the letter's date (0 at-large, null for senators)." })
  @Column({ type: "integer", nullable: true })
  district: number | null;

  @Column({ name: "party", type: "varchar", nullable: true })
  partyName: string | null;

  @Field(() => Party, { nullable: true, description: "The member's party on the letter's date." })
  get party(): Party | null {
    return partyFromName(this.partyName);
  }

  @Field(() => [MatchCandidateInfo], { description: "Members considered for this name, best first." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  candidates: MatchCandidateInfo[];
}
