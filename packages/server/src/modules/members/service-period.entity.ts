import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A term split at party changes: contiguous half-open [start, end) stretches with one state,
 * district and party. "Who was serving on date D" is one range lookup on this table.
 */
@Entity({ name: "service_period" })
@Index(["chamber", "startDate", "endDate"])
@Index(["bioguideId", "startDate"])
export class ServicePeriodRow {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ name: "bioguide_id", type: "varchar", length: 16 })
  bioguideId: string;

  @Column({ name: "term_id", type: "integer" })
  termId: number;

  @Column({ type: "varchar", length: 8 })
  chamber: string;

  @Column({ name: "start_date", type: "date" })
  startDate: string;

  @Column({ name: "end_date", type: "date" })
  endDate: string;

  @Column({ type: "varchar", length: 2 })
  state: string;

  @Column({ type: "integer", nullable: true })
  district: number | null;

  @Column({ type: "varchar" })
  party: string;
}
