/** Candidate PG: PostGraphile 5 (Amber preset) over the same tables, production settings. */
import "./node20-shim";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const port = Number(process.env.PORT ?? 4903);
const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"], poolConfig: { max: 10 } })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on("error", (e) => console.error(e));
  await serv.addTo(server);
  await pgl.getSchema();
  server.listen(port, () => console.log(`PG (PostGraphile) on http://localhost:${port}/graphql`));
  process.once("SIGTERM", () => {
    server.close();
    void Promise.resolve(pgl.release()).then(() => process.exit(0));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
