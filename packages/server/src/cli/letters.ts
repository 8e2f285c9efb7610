/** `signatory letters …`: correct, delete, restore, purge and merge letters (audited as cli:<os user>). */
import { cliActor } from "../modules/auth/audit.service";
import { CurationError } from "../modules/curation/curation-error";
import { LetterEditService, type LetterPatch } from "../modules/curation/letter-edit.service";
import type { Chamber } from "../modules/curation/re-resolve";
import { withDatabase } from "./database";

export interface EditOptions {
  title?: string;
  date?: string;
  chamber?: string;
  recipient?: string[];
  topics?: string;
  source?: string;
}

/** "Name; Title; Organisation" -> a recipient. */
function recipient(spec: string) {
  const [name, title, organization] = spec.split(";").map((p) => p.trim());
  return { name, title: title || null, organization: organization || null };
}

async function run<T>(work: (service: LetterEditService) => Promise<T>): Promise<T> {
  return withDatabase(async (db) => {
    try {
      return await work(new LetterEditService(db));
    } catch (e) {
      if (e instanceof CurationError) throw new Error(`${e.field ? `${e.field}: ` : ""}${e.message}`);
      throw e;
    }
  });
}

export async function lettersEditCommand(id: string, opts: EditOptions): Promise<void> {
  const patch: LetterPatch = {
    title: opts.title,
    sentOn: opts.date,
    chamber: opts.chamber?.toUpperCase() as Chamber | undefined,
    recipients: opts.recipient?.map(recipient),
    topics: opts.topics === undefined ? undefined : opts.topics.split(",").filter((t) => t.trim()),
    sourceName: opts.source,
  };
  if (Object.values(patch).every((v) => v === undefined))
    throw new Error("nothing to change: give --title, --date, --chamber, --recipient, --topics or --source");
  const out = await run((s) => s.edit(id, patch, cliActor()));
  if (!out.changed.length) return void console.log(`letter ${out.letterId}: nothing changed`);
  console.log(`letter ${out.letterId}: changed ${out.changed.join(", ")}`);
  const sigs = out.signatures;
  if (sigs) {
    console.log(
      `signatures: ${sigs.rematched} matched again, ${sigs.kept} confirmed picks kept, ${sigs.flagged.length} flagged for review`,
    );
    for (const f of sigs.flagged) console.log(`  flagged: #${f.position} ${f.printedName} (was ${f.wasBioguideId}, not serving then)`);
  }
}

export async function lettersDeleteCommand(id: string, opts: { reason?: string }): Promise<void> {
  const d = await run((s) => s.delete(id, cliActor(), opts.reason ?? null));
  console.log(
    `deleted letter ${d.databaseId} (${d.title}); restore it until ${d.restorableUntil.toISOString().slice(0, 10)} with: signatory letters restore ${d.databaseId}`,
  );
}

export async function lettersRestoreCommand(id: string): Promise<void> {
  console.log(`restored letter ${await run((s) => s.restore(id, cliActor()))}`);
}

export async function lettersPurgeCommand(id: string): Promise<void> {
  console.log(`purged letter ${await run((s) => s.purge(id, cliActor()))}; it can no longer be restored`);
}

export async function lettersMergeCommand(intoId: string, fromId: string): Promise<void> {
  const m = await run((s) => s.merge(intoId, fromId, cliActor()));
  console.log(
    `merged ${fromId} into ${m.letterId}: text from ${m.textFrom === "from" ? fromId : m.letterId}, ` +
      `${m.decisionsKept} confirmed ${m.decisionsKept === 1 ? "pick" : "picks"} kept, ${m.signaturesAdded} ${m.signaturesAdded === 1 ? "signature" : "signatures"} added`,
  );
}

export async function lettersDeletedCommand(): Promise<void> {
  const rows = await run((s) => s.deleted(100));
  if (!rows.length) return void console.log("no deleted letters");
  for (const d of rows)
    console.log(
      `${d.databaseId}  ${d.sentOn}  ${d.title}  (deleted ${d.deletedAt.toISOString().slice(0, 10)} by ${d.deletedBy}${d.reason ? `: ${d.reason}` : ""})`,
    );
}
