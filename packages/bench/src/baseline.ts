/**
 * The BASE candidate: Signatory's server as of another git ref, built the way APP is built, so
 * one `pnpm bench` run measures before and after side by side (same data, same machine load).
 *
 * The ref's tree is extracted with `git archive` (no worktree is registered) into
 * $TMPDIR/signatory-bench-base/<sha>. Its dependencies are this checkout's node_modules when the
 * lockfiles are the same (symlinks), else `pnpm install --frozen-lockfile --offline` there. tsc
 * (the bench's, as for APP) compiles its packages/server into that tree's packages/server/dist:
 * inside the tree, its modules resolve from its own node_modules. (Built under packages/bench,
 * they found the bench's graphql first and the baseline's type-graphql its own: two graphql
 * copies, "Cannot determine GraphQL output type" at start.) Both steps are skipped when their
 * output is already there: a sha's tree never changes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_DIR, REPO_ROOT } from "./common";

/** Where a candidate's compiled server is and where its dependencies resolve from. */
export interface ServerBuild {
  /** Directory holding main.js. */
  dist: string;
  /** NODE_PATH for the server process (its packages/server/node_modules). */
  nodePath: string;
}

export interface Baseline extends ServerBuild {
  ref: string;
  sha: string;
}

/** The commit a ref names; a clear error when it names none. */
export function resolveRef(ref: string): string {
  if (!/^[\w./@^~{}-]+$/.test(ref)) throw new Error(`--baseline "${ref}": not a git ref`);
  const res = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: REPO_ROOT, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`--baseline "${ref}": no such commit in ${REPO_ROOT}`);
  return res.stdout.trim();
}

/** Extracts, installs and compiles the server at `ref`; returns where its build is. */
export function prepareBaseline(ref: string, log = console.log): Baseline {
  const sha = resolveRef(ref);
  const short = sha.slice(0, 12);
  const src = path.join(os.tmpdir(), "signatory-bench-base", sha);
  const dist = path.join(src, "packages/server/dist");
  const nodePath = path.join(src, "packages/server/node_modules");

  if (!existsSync(path.join(src, ".extracted"))) {
    log(`BASE: extracting ${ref} (${short}) into ${src}`);
    rmSync(src, { recursive: true, force: true });
    mkdirSync(src, { recursive: true });
    const tar = spawnSync("sh", ["-c", `git archive --format=tar ${sha} | tar -x -C "${src}"`], { cwd: REPO_ROOT, encoding: "utf8" });
    if (tar.status !== 0) throw new Error(`BASE: git archive ${sha} failed: ${tar.stderr}`);
    installDependencies(sha, src, log);
    writeFileSync(path.join(src, ".extracted"), `${ref}\n`);
  }

  if (!existsSync(path.join(dist, ".built"))) {
    log(`BASE: compiling ${short}'s packages/server into ${dist}`);
    rmSync(dist, { recursive: true, force: true });
    compileServer(path.join(src, "packages/server"), dist, log);
    if (!existsSync(path.join(dist, "main.js"))) throw new Error(`BASE: tsc emitted no main.js into ${dist}`);
    writeFileSync(path.join(dist, ".built"), `${sha}\n`);
  } else log(`BASE: reusing ${dist} (${ref})`);
  return { ref, sha, dist, nodePath };
}

/** Same lockfile: link this checkout's node_modules. Different: an offline frozen install. */
function installDependencies(sha: string, src: string, log: (...a: unknown[]) => void): void {
  const lock = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");
  if (lock(path.join(src, "pnpm-lock.yaml")) === lock(path.join(REPO_ROOT, "pnpm-lock.yaml"))) {
    for (const dir of ["node_modules", "packages/server/node_modules"]) {
      if (!existsSync(path.join(REPO_ROOT, dir))) throw new Error(`BASE: ${dir} missing in ${REPO_ROOT}: run pnpm install first`);
      symlinkSync(path.join(REPO_ROOT, dir), path.join(src, dir), "dir");
    }
    log("BASE: same pnpm-lock.yaml as this checkout: its node_modules are linked");
    return;
  }
  log(`BASE: pnpm-lock.yaml differs at ${sha.slice(0, 12)}: pnpm install --frozen-lockfile --offline`);
  const res = spawnSync("corepack", ["pnpm", "install", "--frozen-lockfile", "--offline", "--filter", "@signatory/server..."], {
    cwd: src,
    stdio: "inherit",
    env: { ...process.env, COREPACK_INTEGRITY_KEYS: "0", CI: "1" },
  });
  if (res.status !== 0)
    throw new Error(`BASE: pnpm install --offline failed in ${src} (packages missing from the store? run it there without --offline once)`);
}

/**
 * tsc with the server's own build config into a private outDir. It emits even with type errors
 * (others' work in progress); those are printed, not fatal.
 */
export function compileServer(serverDir: string, outDir: string, log: (...a: unknown[]) => void = console.log): void {
  const tsc = path.join(BENCH_DIR, "node_modules/.bin/tsc");
  const res = spawnSync(tsc, ["-p", path.join(serverDir, "tsconfig.build.json"), "--outDir", outDir], { encoding: "utf8" });
  if (res.status !== 0)
    log(
      `  note: tsc reported errors in ${serverDir} (emitted anyway):\n${(res.stdout ?? "")
        .trim()
        .split("\n")
        .slice(0, 5)
        .map((l) => `    ${l}`)
        .join("\n")}`,
    );
}
