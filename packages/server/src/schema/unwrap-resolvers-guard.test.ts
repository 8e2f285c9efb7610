/**
 * unwrapResolvers on a schema of its own: a guarded field resolver keeps its role check; one with
 * arguments is called directly with them converted into their input classes, as TypeGraphQL would.
 */
import "reflect-metadata";
import { graphql, type GraphQLObjectType } from "graphql";
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { expect, it } from "vitest";
import { unwrapResolvers } from "./unwrap-resolvers";

@ObjectType()
class Doc {
  @Field(() => String)
  title: string;
}

@InputType()
class Style {
  @Field(() => String, { nullable: true })
  prefix?: string | null;

  get mark(): string {
    return this.prefix ?? "";
  }
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

  /** `style` must arrive as a Style (its getter), `times` with its default. */
  @FieldResolver(() => String)
  repeat(
    @Root() d: Doc,
    @Arg("style", () => Style, { nullable: true }) style: Style | null,
    @Arg("times", () => Int, { defaultValue: 2 }) times: number,
  ): string {
    if (style != null && !(style instanceof Style)) throw new Error("style is not a Style");
    return (style?.mark ?? "") + d.title.repeat(times);
  }
}

it("calls plain field resolvers directly and keeps the role check on guarded ones", async () => {
  const schema = await buildSchema({
    resolvers: [DocResolver],
    validate: false,
    authChecker: ({ context }) => (context as { editor?: boolean }).editor === true,
  });
  const before = schema.getType("Doc") as GraphQLObjectType;
  const wrapped = before.getFields().repeat.resolve;
  expect(unwrapResolvers(schema, [DocResolver])).toBeGreaterThan(0);
  expect(before.getFields().repeat.resolve).not.toBe(wrapped);
  const run = (editor: boolean) =>
    graphql({
      schema,
      source: `{ doc { title shout secret repeat(style: { prefix: ">" }) again: repeat(times: 3) } }`,
      contextValue: { editor, suffix: "!" },
    });
  expect(await run(true)).toEqual({ data: { doc: { title: "t", shout: "T!", secret: "secret of t", repeat: ">tt", again: "ttt" } } });
  const denied = await run(false);
  expect(denied.errors?.[0].message).toMatch(/Access denied/);
  expect(denied.data).toBeNull();
});
