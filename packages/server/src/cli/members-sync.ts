import { SingleBar, Presets } from "cli-progress";
import { loadConfig, resolveUserPath } from "../config";
import { loadLegislators, UPSTREAM_URLS } from "../modules/members/legislators-source";
import { MembersService } from "../modules/members/members.service";
import { withDatabase } from "./database";

export async function syncCommand(from: string[] | undefined): Promise<void> {
  const locations =
    from?.map((f) => (/^https?:\/\//.test(f) ? f : resolveUserPath(f))) ?? loadConfig().legislatorsSource ?? UPSTREAM_URLS;
  const { legislators, skipped } = await loadLegislators(locations, (file) => console.log(`reading ${file}`));
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
