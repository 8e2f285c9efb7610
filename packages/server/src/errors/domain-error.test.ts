/**
 * One error type for refusals, mapped to GraphQL errors in one place (security/errors.ts):
 * what a client sees of a DomainError is its message, code and details, whoever threw it;
 * anything else stays masked. Services never build GraphQL errors themselves.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildSchema, graphql, locatedError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError, MASKED_MESSAGE } from "../security/errors";
import { ImportInputError } from "../modules/importing/import-errors";
import { DocumentError } from "../modules/importing/documents/document-error";
import { AuthError } from "../modules/auth/auth-errors";
import { badUserInput, conflict, DomainError, forbidden, notFound, unauthenticated } from "./domain-error";

const format = (thrown: unknown) => {
  const located = locatedError(thrown, [], ["field"]);
  return formatError(located.toJSON(), located);
};

describe("DomainError", () => {
  it("reaches the client as its message, code and details", () => {
    expect(format(badUserInput("Too long.", "name"))).toEqual({
      message: "Too long.",
      path: ["field"],
      locations: undefined,
      extensions: { code: "BAD_USER_INPUT", field: "name" },
    });
    expect(format(notFound("No such thing."))).toMatchObject({ message: "No such thing.", extensions: { code: "NOT_FOUND" } });
    expect(format(conflict("Taken.", "email")).extensions).toEqual({ code: "CONFLICT", field: "email" });
    expect(format(unauthenticated()).extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(format(forbidden("No.")).extensions).toEqual({ code: "FORBIDDEN" });
    expect(format(new AuthError("Slow down.", "RATE_LIMITED", { retryAfter: 60 })).extensions).toEqual({
      code: "RATE_LIMITED",
      retryAfter: 60,
    });
  });

  it("keeps the field, reason and line of import refusals, and blames a document's problems on `file`", () => {
    const text = new ImportInputError("No date found.", "NO_DATE", 3);
    expect(format(text).extensions).toEqual({ code: "BAD_USER_INPUT", field: "text", reason: "NO_DATE", line: 3 });
    expect(format(text.on("file")).extensions).toEqual({ code: "BAD_USER_INPUT", field: "file", reason: "NO_DATE", line: 3 });
    expect(format(new ImportInputError("Too large.", "TOO_LARGE")).extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "text",
      reason: "TOO_LARGE",
    });
    expect(format(new DocumentError("Encrypted.", "ENCRYPTED")).extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "file",
      reason: "ENCRYPTED",
    });
  });

  it("keeps its code through plain graphql-js execution (the WebSocket path has no formatError)", async () => {
    const schema = buildSchema(`type Query { x: Int }`);
    const res = await graphql({
      schema,
      source: "{ x }",
      rootValue: {
        x: () => {
          throw conflict("Taken.", "name");
        },
      },
    });
    expect(res.errors?.[0].toJSON()).toMatchObject({ message: "Taken.", extensions: { code: "CONFLICT", field: "name" } });
  });

  it("leaves other errors masked", () => {
    const masked = format(Object.assign(new Error("password=hunter2"), { extensions: { code: "SECRET" } }));
    expect(masked).toMatchObject({ message: MASKED_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(masked)).not.toContain("hunter2");
  });

  it("is the only way modules refuse a request: no module builds a GraphQLError", () => {
    const modules = path.join(__dirname, "../modules");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) files.push(p);
      }
    };
    walk(modules);
    // live.ts answers graphql-ws's onSubscribe, which takes GraphQLErrors: a protocol answer, not a refusal of a service.
    const offenders = files.filter(
      (f) => !f.endsWith(path.join("alerts", "live.ts")) && /new GraphQLError\(/.test(readFileSync(f, "utf8")),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(offenders.map((f) => path.relative(modules, f))).toEqual([]);
    expect(new DomainError("x", "BAD_REQUEST")).toBeInstanceOf(Error);
  });
});
