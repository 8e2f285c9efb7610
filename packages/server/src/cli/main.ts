#!/usr/bin/env node
/** The `signatory` command: sync members, import letters, manage users. Run `signatory --help`. */
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

const users = program.command("users").description("Accounts (VIEWER, EDITOR, ADMIN) and API tokens");
users
  .command("add")
  .description("Add a user; asks for the password on a terminal (12+ characters), or reads it with --password-stdin")
  .requiredOption("--email <email>", "the email to sign in with")
  .requiredOption("--role <role>", "VIEWER, EDITOR or ADMIN")
  .option("--password-stdin", "read the password from standard input (for scripts)")
  .action(async (opts: { email: string; role: string; passwordStdin?: boolean }) => (await import("./users")).usersAddCommand(opts));
users
  .command("list")
  .description("List users: id, role, email")
  .action(async () => (await import("./users")).usersListCommand());
users
  .command("set-role")
  .description("Change a user's role (their sessions end)")
  .argument("<email>", "the user's email")
  .argument("<role>", "VIEWER, EDITOR or ADMIN")
  .action(async (email: string, role: string) => (await import("./users")).usersSetRoleCommand(email, role));
users
  .command("token")
  .description("Create an API token acting as a user; prints the secret once (send it as Authorization: Bearer <token>)")
  .argument("<email>", "the user the token acts as")
  .requiredOption("--name <name>", "what the token is for")
  .action(async (email: string, opts: { name: string }) => (await import("./users")).usersTokenCommand(email, opts));

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
