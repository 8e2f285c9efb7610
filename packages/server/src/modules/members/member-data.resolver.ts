import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { DateScalar } from "../../schema/scalars";

@ObjectType({ description: "The span of dates the loaded member data (terms of service) covers. Outside it, who served is unknown." })
export class MemberData {
  @Field(() => DateScalar, {
    nullable: true,
    description: "First day of the earliest term the data knows; null when no members are loaded.",
  })
  coversFrom: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Last day of the latest term the data knows (scheduled or actual end); after it, ended terms look like vacancies. Null when no members are loaded.",
  })
  coversTo: string | null;

  @Field(() => Int, { description: "Number of terms loaded." })
  termCount: number;
}

@Resolver(() => MemberData)
export class MemberDataResolver {
  @Query(() => MemberData, { description: "What the loaded member data covers: the dates its terms span." })
  async memberData(@Ctx() ctx: Context): Promise<MemberData> {
    const [row]: { from: string | null; to: string | null; n: number }[] = await ctx.db.query(
      `SELECT to_char(min(start_date), 'YYYY-MM-DD') AS "from", to_char(max(end_date), 'YYYY-MM-DD') AS "to", count(*)::int AS n FROM term`,
    );
    return { coversFrom: row?.from ?? null, coversTo: row?.to ?? null, termCount: row?.n ?? 0 };
  }
}
