import { DateScalar } from "../../schema/scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Chamber } from "./chamber";
import { Member } from "./member.entity";
import { Party, partyFromName } from "./party";

@ObjectType({ simpleResolvers: true, description: "A stretch of a term during which the member belonged to one party." })
export class PartyAffiliation {
  @Field(() => DateScalar, { description: "First day." })
  start: string;

  @Field(() => DateScalar, { description: "Last day." })
  end: string;

  @Field(() => String, { description: "Party name as in the data." })
  partyName: string;

  @Field(() => Party, { description: "The party." })
  get party(): Party {
    return partyFromName(this.partyName)!;
  }
}

@ObjectType({ simpleResolvers: true, description: "One term of office in the House or the Senate." })
@Entity({ name: "term" })
export class Term {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ name: "bioguide_id", type: "varchar", length: 16 })
  bioguideId: string;

  @ManyToOne(() => Member, (m) => m.terms, { onDelete: "CASCADE" })
  @JoinColumn({ name: "bioguide_id" })
  member?: Member;

  /** Order of the term in the member's career, from 0. */
  @Column({ type: "integer" })
  seq: number;

  @Field(() => Chamber, { description: "HOUSE or SENATE." })
  @Column({ type: "varchar", length: 8 })
  chamber: Chamber;

  @Field(() => DateScalar, { description: "First day of the term." })
  @Column({ name: "start_date", type: "date" })
  start: string;

  @Field(() => DateScalar, { description: "Scheduled or actual last day of the term." })
  @Column({ name: "end_date", type: "date" })
  end: string;

  @Field(() => String, { description: "Two-letter state or territory code, e.g. CA, DC, PR." })
  @Column({ type: "varchar", length: 2 })
  state: string;

  @Field(() => Int, { nullable: true, description: "House district; 0 for at-large seats; null in the Senate." })
  @Column({ type: "integer", nullable: true })
  district: number | null;

  @Column({ name: "party", type: "varchar" })
  partyName: string;

  @Field(() => Party, {
    description:
      "Party: in `terms`, the party the data gives for the term (see partyAffiliations for changes); in `termOn` the party that day; in `currentTerm` the latest one.",
  })
  get party(): Party {
    return partyFromName(this.partyName)!;
  }

  @Field(() => String, { nullable: true, description: "The party the member caucuses with, when it differs." })
  @Column({ type: "varchar", nullable: true })
  caucus: string | null;

  @Column({ name: "party_affiliations", type: "jsonb", default: () => "'[]'" })
  partyAffiliationRows: { start: string; end: string; party: string }[];

  @Field(() => [PartyAffiliation], { description: "Party changes within the term; empty when there were none." })
  get partyAffiliations(): PartyAffiliation[] {
    return this.partyAffiliationRows.map((a) => Object.assign(new PartyAffiliation(), { start: a.start, end: a.end, partyName: a.party }));
  }

  @Field(() => String, { nullable: true, description: "Official website during the term." })
  @Column({ type: "varchar", nullable: true })
  url: string | null;
}
