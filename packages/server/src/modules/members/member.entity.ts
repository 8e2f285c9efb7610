import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, OneToMany, PrimaryColumn } from "typeorm";
import { toGlobalId } from "../node/global-id";
import { Node } from "../node/node";
import { Term } from "./term.entity";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A Member of Congress (House or Senate), past or present." })
@Entity({ name: "member" })
export class Member {
  @Field(() => String, { description: "The Biographical Directory id, e.g. S000344." })
  @PrimaryColumn({ name: "bioguide_id", type: "varchar", length: 16 })
  bioguideId: string;

  @Field(() => ID, { name: "id", simple: false, description: "Globally unique id (Node); `bioguideId` is the key people use." })
  get nodeId(): string {
    return toGlobalId("Member", this.bioguideId);
  }

  @Field(() => String, { description: 'The name the member goes by, e.g. "Brad Sherman".' })
  @Column({ name: "full_name", type: "varchar" })
  fullName: string;

  @Field(() => String, { description: "Legal first name." })
  @Column({ name: "first_name", type: "varchar" })
  firstName: string;

  @Field(() => String, { nullable: true, description: "Middle name or initial." })
  @Column({ name: "middle_name", type: "varchar", nullable: true })
  middleName: string | null;

  @Field(() => String, { description: 'Last name (surname), e.g. "Holmes Norton".' })
  @Column({ name: "last_name", type: "varchar" })
  lastName: string;

  @Field(() => String, { nullable: true, description: "Suffix such as Jr. or III." })
  @Column({ type: "varchar", nullable: true })
  suffix: string | null;

  @Field(() => String, { nullable: true, description: 'Nickname, e.g. "Chuy".' })
  @Column({ type: "varchar", nullable: true })
  nickname: string | null;

  @Field(() => String, { nullable: true, description: "Official full name as the House or Senate prints it." })
  @Column({ name: "official_full", type: "varchar", nullable: true })
  officialFull: string | null;

  @Field(() => String, { nullable: true, description: "Gender as recorded in the data (M or F)." })
  @Column({ type: "varchar", nullable: true })
  gender: string | null;

  @Field(() => String, { nullable: true, description: "Date of birth (YYYY-MM-DD)." })
  @Column({ type: "date", nullable: true })
  birthday: string | null;

  @Field(() => Boolean, { description: "True for the built-in demo data shown on an empty database." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  /** Hash of the source record: a sync skips members whose record has not changed. */
  @Column({ name: "source_hash", type: "varchar", length: 64, nullable: true })
  sourceHash: string | null;

  @OneToMany(() => Term, (t) => t.member)
  terms?: Term[];
}
