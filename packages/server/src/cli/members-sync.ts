import { SingleBar, Presets } from "cli-progress";
import { loadConfig, resolveUserPath } from "../config";
import { loadLegislators, UPSTREAM_URLS } from "../modules/members/legislators-source";
import { MembersService } from "../modules/members/members.service";
import { classifySources, loadCommittees, UPSTREAM_COMMITTEE_URLS } from "../modules/committees/committees-source";
import { syncCommittees } from "../modules/committees/committees-sync";
import { withDatabase } from "./database";

export async function syncCommand(from: string[] | undefined): Promise<void> {
  const locations = from?.map((f) => (/^https?:\/\//.test(f) ? f : resolveUserPath(f))) ??
    loadConfig().legislatorsSource ?? [...UPSTREAM_URLS, ...UPSTREAM_COMMITTEE_URLS];
  // Each file is recognised by its shape: legislators, committees, current or historical membership.
  const files = await classifySources(locations);
  for (const f of files) if (f.shape === "unknown") throw new Error(`${f.location}: neither legislators nor committees data`);
  const legislatorFiles = files.filter((f) => f.shape === "legislators").map((f) => f.location);
  const committees = await loadCommittees(files, (file) => console.log(`reading ${file}`));
  if (legislatorFiles.length) {
    const { legislators, skipped } = await loadLegislators(legislatorFiles, (file) => console.log(`reading ${file}`));
    for (const s of skipped) console.warn(`skipped a record in ${s.file}: ${s.reason}`);
    const bar = new SingleBar({ format: "syncing members [{bar}] {value}/{total}", stream: process.stderr }, Presets.shades_classic);
    bar.start(legislators.length, 0);
    const summary = await withDatabase((db) => new MembersService(db).sync(legislators, (done) => bar.update(done)));
    bar.stop();
    console.log(
      `members: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged` +
        (skipped.length ? `, ${skipped.length} skipped` : ""),
    );
  }
  if (committees) {
    const s = await withDatabase((db) => syncCommittees(db, committees));
    console.log(`committees: ${s.committees.added} added, ${s.committees.updated} updated, ${s.committees.unchanged} unchanged`);
    console.log(
      `committee memberships: ${s.stretches.opened} opened, ${s.stretches.closed} closed, ${s.stretches.changed} changed, ${s.stretches.unchanged} unchanged`,
    );
  }
}
