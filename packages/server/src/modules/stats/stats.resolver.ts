import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { selectedFieldNames } from "../../schema/selection";
import { LetterFilter, PartyCount, StateCount } from "../letters/letter-types";
import { STATS_PART_OF, type StatsPart, type StatsRow } from "./stats.service";

@ObjectType({ simpleResolvers: true, description: "Letters and signatures in one calendar month." })
export class MonthCount {
  @Field(() => String, { description: "The month, YYYY-MM." })
  month: string;

  @Field(() => Int, { description: "Letters sent that month." })
  letters: number;

  @Field(() => Int, { description: "Signatures on those letters." })
  signatures: number;
}

@ObjectType({ simpleResolvers: true, description: "Totals over a set of letters; parties and states are those of each letter's date." })
export class Stats {
  @Field(() => Int, { description: "Number of letters." })
  letters: number;

  @Field(() => Int, { description: "Number of signatures on them (matched or not)." })
  signatures: number;

  @Field(() => Int, { description: "Distinct members who signed at least one of them." })
  uniqueSigners: number;

  @Field(() => [PartyCount], { description: "Signatures per party, largest first." })
  byParty: PartyCount[];

  @Field(() => [StateCount], { description: "Signatures per state, largest first." })
  byState: StateCount[];

  @Field(() => [MonthCount], { description: "Letters and signatures per month, oldest first; months without letters are left out." })
  byMonth: MonthCount[];
}

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: "Totals over the letters matching a filter (all letters without one)." })
  stats(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => LetterFilter, { nullable: true, description: "The letters to count, as in `letters`." }) filter: LetterFilter | null,
  ): Promise<Partial<Stats>> {
    // Only the aggregates behind the selected fields run (one statement in all).
    const parts = new Set<StatsPart>();
    for (const name of selectedFieldNames(info)) if (name in STATS_PART_OF) parts.add(STATS_PART_OF[name as keyof StatsRow]);
    return ctx.stats.stats(filter ?? {}, parts);
  }
}
