/** unwrapResolvers on a schema of its own: a guarded field resolver without arguments keeps its role check. */
import "reflect-metadata";
import { graphql } from "graphql";
import { Authorized, buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { expect, it } from "vitest";
import { unwrapResolvers } from "./unwrap-resolvers";

@ObjectType()
class Doc {
  @Field(() => String)
  title: string;
}

@Resolver(() => Doc)
class DocResolver {
  @Query(() => Doc)
  doc(): Doc {
    return Object.assign(new Doc(), { title: "t" });
  }

  @Authorized("EDITOR")
  @FieldResolver(() => String)
  secret(@Root() d: Doc): string {
    return `secret of ${d.title}`;
  }

  @FieldResolver(() => String)
  shout(@Root() d: Doc, @Ctx() ctx: { suffix: string }): string {
    return d.title.toUpperCase() + ctx.suffix;
  }
}

it("calls plain field resolvers directly and keeps the role check on guarded ones", async () => {
  const schema = await buildSchema({
    resolvers: [DocResolver],
    validate: false,
    authChecker: ({ context }) => (context as { editor?: boolean }).editor === true,
  });
  expect(unwrapResolvers(schema, [DocResolver])).toBeGreaterThan(0);
  const run = (editor: boolean) => graphql({ schema, source: "{ doc { title shout secret } }", contextValue: { editor, suffix: "!" } });
  expect((await run(true)).data).toEqual({ doc: { title: "t", shout: "T!", secret: "secret of t" } });
  const denied = await run(false);
  expect(denied.errors?.[0].message).toMatch(/Access denied/);
  expect(denied.data).toBeNull();
});
