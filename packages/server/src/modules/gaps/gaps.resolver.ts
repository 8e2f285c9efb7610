import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Letter } from "../letters/letter.entity";
import { Gap, GapOf } from "./gap-types";

@Resolver(() => Letter)
export class GapResolver {
  @FieldResolver(() => Gap, {
    description:
      "Who of a state's delegation, a committee's members or a group could have signed (serving in the letter's chamber on its date), who did and who did not. One statement per gap.",
  })
  gap(
    @Root() letter: Letter,
    @Ctx() ctx: Context,
    @Arg("of", () => GapOf, { description: "Exactly one of state, committee or group." }) of: GapOf,
  ): Promise<Gap> {
    return ctx.gaps.gap(letter, of);
  }
}
