import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../schema/scalars";
import { toGlobalId } from "../node/global-id";
import { Node } from "../node/node";
import { LetterChamber } from "./enums";
import type { Signature } from "./signature.entity";

@ObjectType({ simpleResolvers: true, description: "Someone a letter is addressed to." })
export class Recipient {
  @Field(() => String, { description: 'Name, e.g. "Mike Pompeo".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Title, e.g. "Secretary of State".' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation, e.g. "U.S. Department of State".' })
  organization: string | null;

  @Field(() => String, { nullable: true, description: "Postal address as printed." })
  address: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A letter sent by Members of Congress, with its signers." })
@Entity({ name: "letter" })
@Index(["sentOn", "id"])
export class Letter {
  /** The database uuid; GraphQL shows it as `databaseId`. */
  @Field(() => String, {
    name: "databaseId",
    simple: false,
    description: "The letter's uuid in the database (as the CLI prints it); `letter(id)` accepts it too.",
  })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { name: "id", simple: false, description: "Globally unique id (Node); use it with `letter(id)` or `node(id)`." })
  get nodeId(): string {
    return toGlobalId("Letter", this.id);
  }

  @Field(() => String, { description: "Subject or short title." })
  @Column({ type: "text" })
  title: string;

  @Field(() => DateScalar, { description: "The date printed on the letter." })
  @Column({ name: "sent_on", type: "date" })
  sentOn: string;

  @Field(() => LetterChamber, { description: "HOUSE, SENATE or BICAMERAL." })
  @Column({ type: "varchar", length: 10 })
  chamber: LetterChamber;

  @Field(() => [Recipient], { description: "Addressees in the order printed." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  recipients: Recipient[];

  @Field(() => String, { nullable: true, description: 'The salutation line, e.g. "Dear Secretary Pompeo:".' })
  @Column({ type: "text", nullable: true })
  salutation: string | null;

  @Field(() => String, { nullable: true, description: "The letter's text between salutation and closing." })
  @Column({ type: "text", nullable: true })
  body: string | null;

  @Field(() => String, { nullable: true, description: "Where the letter came from (file name or URL) when imported." })
  @Column({ name: "source_name", type: "text", nullable: true })
  sourceName: string | null;

  /** SHA-256 of the normalised text: the same letter is stored once. */
  @Index({ unique: true })
  @Column({ name: "content_hash", type: "varchar", length: 64 })
  contentHash: string;

  @Field(() => Int, { description: "Number of signatures." })
  @Column({ name: "signer_count", type: "integer", default: 0 })
  signerCount: number;

  @Field(() => Boolean, { description: "True for the built-in demo letter shown on an empty database." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @Field(() => Date, { description: "When the letter was imported." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @OneToMany("Signature", "letter")
  signatures?: Signature[];
}
