/**
 * Guard: feature modules depend one way. A runtime import cycle (imports of values, not
 * `import type`) that runs through files of two modules makes load order matter (a class can be
 * undefined where it is decorated) and ties the modules together; members must not read letters
 * at all (fields of Member that read letters live in modules/letters).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "..");

/** Source file -> the source files it imports at run time. */
function runtimeImports(): Map<string, string[]> {
  const files = (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .map((f) => path.join(SRC, f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const targets: string[] = [];
    for (const stmt of source.statements) {
      let spec: ts.Expression | undefined;
      if (ts.isImportDeclaration(stmt)) {
        const clause = stmt.importClause;
        const typeOnly =
          clause &&
          (clause.isTypeOnly ||
            (!clause.name &&
              clause.namedBindings &&
              ts.isNamedImports(clause.namedBindings) &&
              clause.namedBindings.elements.length > 0 &&
              clause.namedBindings.elements.every((e) => e.isTypeOnly)));
        if (!typeOnly) spec = stmt.moduleSpecifier;
      } else if (ts.isExportDeclaration(stmt) && !stmt.isTypeOnly && stmt.moduleSpecifier) {
        const named = stmt.exportClause && ts.isNamedExports(stmt.exportClause) ? stmt.exportClause.elements : null;
        if (!named || !named.every((e) => e.isTypeOnly)) spec = stmt.moduleSpecifier;
      }
      if (spec && ts.isStringLiteral(spec) && spec.text.startsWith(".")) {
        const base = path.resolve(path.dirname(file), spec.text);
        const target = [`${base}.ts`, path.join(base, "index.ts")].find((t) => graph.has(t) || files.includes(t));
        if (target) targets.push(target);
      }
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    onStack = new Set<string>(),
    out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.map((f) => path.relative(SRC, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** `modules/<name>` of a file, or its top folder. */
const moduleOf = (file: string) =>
  file
    .split(path.sep)
    .slice(0, file.startsWith("modules") ? 2 : 1)
    .join("/");

describe("module dependencies", () => {
  const graph = runtimeImports();

  it("finds the imports (the check reads the code it guards)", () => {
    const service = path.join(SRC, "modules/letters/letters.service.ts");
    expect(graph.get(service)).toContain(path.join(SRC, "modules/members/members.read.ts"));
    const [a, b, c] = ["modules/x/a.ts", "modules/y/b.ts", "modules/y/c.ts"].map((f) => path.join(SRC, f));
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
          [c, [a]],
        ]),
      ),
    ).toEqual([["modules/x/a.ts", "modules/y/b.ts"]]);
  });

  it("no runtime import cycle runs through two modules", () => {
    const across = cycles(graph).filter((scc) => new Set(scc.map(moduleOf)).size > 1);
    expect(across).toEqual([]);
  });

  it("members does not import letters at run time", () => {
    const back = [...graph].flatMap(([from, tos]) =>
      tos
        .filter((to) => moduleOf(path.relative(SRC, from)) === "modules/members" && moduleOf(path.relative(SRC, to)) === "modules/letters")
        .map((to) => `${path.relative(SRC, from)} -> ${path.relative(SRC, to)}`),
    );
    expect(back).toEqual([]);
  });
});
