import "reflect-metadata";
import { graphql, type GraphQLObjectType } from "graphql";
import { Authorized, Field, FieldResolver, ObjectType, Query, Resolver, Root, buildSchema } from "type-graphql";
import { describe, expect, it } from "vitest";
import { shortcutJoinedFields } from "./joined-fields";

@ObjectType()
class Author {
  @Field(() => String)
  name!: string;
}

@ObjectType()
class Book {
  @Field(() => String)
  title!: string;
  joinedAuthor?: Author | null;
}

let loads = 0;

@Resolver(() => Book)
class BookResolver {
  @Query(() => [Book])
  books(): Book[] {
    return [
      { title: "joined", joinedAuthor: { name: "read with the book" } },
      { title: "not joined", joinedAuthor: undefined },
    ];
  }

  @FieldResolver(() => Author, { nullable: true })
  author(@Root() book: Book): Author | null {
    if (book.joinedAuthor) return book.joinedAuthor;
    loads++;
    return { name: "loaded" };
  }
}

@ObjectType()
class Secret {
  @Field(() => String)
  id!: string;
  joinedOwner?: Author;
}

@Resolver(() => Secret)
class SecretResolver {
  @Query(() => Secret)
  secret(): Secret {
    return { id: "s" };
  }

  @Authorized("ADMIN")
  @FieldResolver(() => Author)
  owner(): Author {
    return { name: "admin only" };
  }
}

const BOOK = { type: "Book", field: "author", property: "joinedAuthor", resolver: BookResolver, method: "author" };

describe("shortcutJoinedFields", () => {
  it("answers from the joined row without the resolver, and through it otherwise, with the same result", async () => {
    const schema = await buildSchema({ resolvers: [BookResolver], validate: false, authChecker: () => true });
    const query = `{ books { title author { name } } }`;
    loads = 0;
    const before = await graphql({ schema, source: query });
    expect(loads).toBe(1);
    let calls = 0;
    const author = (schema.getType("Book") as GraphQLObjectType).getFields().author;
    const original = author.resolve!;
    author.resolve = (...args) => (calls++, original(...args));
    shortcutJoinedFields(schema, [BOOK]);
    loads = 0;
    const after = await graphql({ schema, source: query });
    expect(after).toEqual(before);
    expect(calls).toBe(1); // only the book without a joined author went through the resolver
    expect(loads).toBe(1);
  });

  it("refuses a field behind @Authorized: its guard must run", async () => {
    const schema = await buildSchema({ resolvers: [SecretResolver], validate: false, authChecker: () => false });
    expect(() =>
      shortcutJoinedFields(schema, [
        { type: "Secret", field: "owner", property: "joinedOwner", resolver: SecretResolver, method: "owner" },
      ]),
    ).toThrow(/guard/);
  });
});
