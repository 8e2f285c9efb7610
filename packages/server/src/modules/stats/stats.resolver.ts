import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { selectedFieldNames } from "../../schema/selection";
import { LetterFilter, PartyCount, StateCount } from "../letters/letter-types";
import { Member } from "../members/member.entity";
import { STATS_PART_OF, TOP_SIGNERS, type StatsPart, type StatsRow } from "./stats.service";

@ObjectType({ simpleResolvers: true, description: "Letters and signatures in one calendar month." })
export class MonthCount {
  @Field(() => String, { description: "The month, YYYY-MM." })
  month: string;

  @Field(() => Int, { description: "Letters sent that month." })
  letters: number;

  @Field(() => Int, { description: "Signatures on those letters." })
  signatures: number;
}

@ObjectType({ description: "A member and how many of a set of letters they signed." })
export class SignerCount {
  bioguideId: string;

  @Field(() => Int, { description: "Letters signed." })
  letters: number;
}

@ObjectType({ simpleResolvers: true, description: "A topic tag and how many of a set of letters carry it." })
export class TopicCount {
  @Field(() => String, { description: 'The tag, e.g. "human-rights".' })
  topic: string;

  @Field(() => Int, { description: "Letters tagged with it." })
  letters: number;
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

  @Field(() => [SignerCount], { description: `The ${TOP_SIGNERS} members who signed the most of these letters, most first.` })
  topSigners: SignerCount[];

  @Field(() => [TopicCount], { description: "Topic tags on these letters with their counts, most used first (e.g. for a topic picker)." })
  byTopic: TopicCount[];
}

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: "Totals over the letters matching a filter (all letters without one)." })
  stats(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => LetterFilter, { nullable: true, description: "The letters to count, as in `letters`." })
    filter: LetterFilter | null,
  ): Promise<Partial<Stats>> {
    // Only the aggregates behind the selected fields run (one statement in all).
    const parts = new Set<StatsPart>();
    for (const name of selectedFieldNames(info)) if (name in STATS_PART_OF) parts.add(STATS_PART_OF[name as keyof StatsRow]);
    return ctx.stats.stats(filter ?? {}, parts);
  }
}

@Resolver(() => SignerCount)
export class SignerCountResolver {
  @FieldResolver(() => Member, { description: "The member." })
  async member(@Root() row: SignerCount, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.memberById.load(row.bioguideId))!;
  }
}
