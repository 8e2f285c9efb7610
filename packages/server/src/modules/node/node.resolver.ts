import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { fromGlobalId } from "./global-id";
import { Node } from "./node";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global `id` (Relay); null when there is none." })
  async node(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "A global id from an `id` field." }) id: string,
  ): Promise<Node | null> {
    const g = fromGlobalId(id);
    if (!g) return null;
    if (g.type === "Letter") return ctx.loaders.letterById.load(g.key) as Promise<Node | null>;
    if (g.type === "Signature") return ctx.loaders.signatureById.load(g.key) as Promise<Node | null>;
    return ctx.loaders.memberById.load(g.key) as Promise<Node | null>;
  }
}
