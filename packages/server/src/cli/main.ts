#!/usr/bin/env node
/** The `signatory` command: sync members, import letters. Run `signatory --help`. */
import "reflect-metadata";
import { Command } from "commander";

const program = new Command("signatory").description("Letters from Members of Congress and who signed them.");

program
  .command("members")
  .description("Members of Congress")
  .command("sync")
  .description("Load members and all their terms from congress-legislators files (YAML or JSON)")
  .option("--from <location...>", "folders, files or URLs (default: LEGISLATORS_SOURCE, else the upstream files)")
  .action(async (opts: { from?: string[] }) => (await import("./members-sync")).syncCommand(opts.from));

program
  .command("import")
  .description("Import letters from text or markdown files (folders: every .md and .txt inside)")
  .argument("<paths...>", "files or folders")
  .option("--dry-run", "parse and match, write nothing")
  .option("--json", "print the result as JSON")
  .action(async (paths: string[], opts: { dryRun?: boolean; json?: boolean }) =>
    (await import("./import")).importCommand(paths, opts),
  );

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
