#!/usr/bin/env node
/** The `signatory` command: sync members, import letters, manage users. Run `signatory --help`. */
import "reflect-metadata";
import { Command } from "commander";
import type { EditOptions } from "./letters";

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
  .action(async (paths: string[], opts: { dryRun?: boolean; json?: boolean }) => (await import("./import")).importCommand(paths, opts));

const letters = program.command("letters").description("Correct, delete, restore or merge imported letters (audited)");
letters
  .command("edit")
  .description("Change a letter's fields; a new date or chamber re-resolves its signatures")
  .argument("<id>", "the letter's id (as import prints it)")
  .option("--title <title>", "a short descriptive title")
  .option("--date <YYYY-MM-DD>", "the letter's date")
  .option("--chamber <chamber>", "HOUSE, SENATE or BICAMERAL")
  .option("--recipient <recipient...>", 'the addressees in order, each "name; title; organisation" (replaces them)')
  .option("--topics <a,b,c>", 'topic tags, comma-separated (replaces them; "" clears)')
  .option("--source <name>", "where the letter came from")
  .action(async (id: string, opts: EditOptions) => (await import("./letters")).lettersEditCommand(id, opts));
letters
  .command("delete")
  .description("Delete a letter; restorable for 30 days")
  .argument("<id>", "the letter's id")
  .option("--reason <why>", "why, for the letter's history")
  .action(async (id: string, opts: { reason?: string }) => (await import("./letters")).lettersDeleteCommand(id, opts));
letters
  .command("restore")
  .description("Restore a deleted letter with its signatures and review decisions")
  .argument("<id>", "the deleted letter's id")
  .action(async (id: string) => (await import("./letters")).lettersRestoreCommand(id));
letters
  .command("deleted")
  .description("List deleted letters that can still be restored")
  .action(async () => (await import("./letters")).lettersDeletedCommand());
letters
  .command("purge")
  .description("Remove a deleted letter for good")
  .argument("<id>", "the deleted letter's id")
  .action(async (id: string) => (await import("./letters")).lettersPurgeCommand(id));
letters
  .command("merge")
  .description("Merge two imports of the same letter: better text, all sources, review decisions kept; <from> is deleted")
  .argument("<into>", "the letter that stays")
  .argument("<from>", "the letter merged into it")
  .action(async (into: string, from: string) => (await import("./letters")).lettersMergeCommand(into, from));

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
