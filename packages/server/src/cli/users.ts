/** `signatory users …`: accounts and API tokens, with direct database access (audited as cli:<os user>). */
import { createInterface } from "node:readline";
import { cliActor } from "../modules/auth/audit.service";
import { AuthError } from "../modules/auth/auth-errors";
import { CredentialsService } from "../modules/auth/credentials.service";
import { isRole, type Role } from "../modules/auth/roles";
import { UsersService } from "../modules/auth/users.service";
import { withDatabase } from "./database";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) process.stderr.write(s);
      asked = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
  });
}

async function password(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) throw new Error("no terminal to ask for the password: pass it with --password-stdin");
  const first = await promptHidden("password: ");
  if ((await promptHidden("again: ")) !== first) throw new Error("the passwords differ");
  return first;
}

function explain(e: unknown): never {
  if (e instanceof AuthError) throw new Error(e.message);
  throw e;
}

export async function usersAddCommand(opts: { email: string; role: string; passwordStdin?: boolean }): Promise<void> {
  const role = opts.role.toUpperCase();
  if (!isRole(role)) throw new Error(`--role must be VIEWER, EDITOR or ADMIN, got "${opts.role}"`);
  const secret = await password(opts.passwordStdin);
  const user = await withDatabase((db) =>
    new UsersService(db).create(cliActor(), { email: opts.email, password: secret, role: role as Role }),
  ).catch(explain);
  console.log(`user ${user.email} (${user.role}) added, id ${user.id}`);
}

export async function usersListCommand(): Promise<void> {
  await withDatabase(async (db) => {
    const users = new UsersService(db);
    let after: string | null = null;
    do {
      const page = await users.list(100, after);
      for (const u of page.nodes) console.log(`${u.id}  ${u.role.padEnd(6)}  ${u.email}`);
      after = page.hasNextPage === true ? page.cursor(page.nodes.length - 1) : null;
    } while (after);
  });
}

export async function usersSetRoleCommand(email: string, role: string): Promise<void> {
  const r = role.toUpperCase();
  if (!isRole(r)) throw new Error(`role must be VIEWER, EDITOR or ADMIN, got "${role}"`);
  await withDatabase(async (db) => {
    const users = new UsersService(db);
    const user = await users.byEmail(email);
    if (!user) throw new Error(`no user with email ${email}`);
    const updated = await users.setRole(cliActor(), user.id, r as Role).catch(explain);
    console.log(`${updated.email} is now ${updated.role}`);
  });
}

export async function usersTokenCommand(email: string, opts: { name: string }): Promise<void> {
  await withDatabase(async (db) => {
    const user = await new UsersService(db).byEmail(email);
    if (!user) throw new Error(`no user with email ${email}`);
    const created = await new CredentialsService(db).createToken(cliActor(), user.id, opts.name).catch(explain);
    console.error(`API token ${created.apiToken.id} for ${user.email} (${user.role}); it is shown once:`);
    console.log(created.token);
  });
}
