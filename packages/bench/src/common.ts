/** Settings shared by the generator, the candidate servers and the runner. */
import path from "node:path";

export const BENCH_DIR = path.resolve(__dirname, "..");
export const REPO_ROOT = path.resolve(BENCH_DIR, "../..");

/** The benchmark database; never the one the app or the tests use. */
export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/signatory_bench";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/** `--name value` and `--flag` from argv. */
export function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) continue;
    const [k, inline] = a.slice(2).split("=", 2);
    if (inline !== undefined) out.set(k, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) out.set(k, argv[++i]);
    else out.set(k, "true");
  }
  return out;
}

/** mulberry32: small deterministic PRNG, floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The query parameters every candidate answers for, read once from the generated data. */
export interface BenchParams {
  /** Q1 and Q6: a House letter with about 100 signers. */
  letterId: string;
  /** Q6: the state whose delegation gap is asked for. */
  gapState: string;
  /** Q2: state, dataset party name, GraphQL party enum and the day they serve. */
  state: string;
  party: string;
  partyEnum: string;
  servingOn: string;
  /** Q3: one calendar year. */
  dateFrom: string;
  dateTo: string;
}

/** Runs one SQL statement and returns its rows (a `pg` client or pool, wrapped). */
export type RowsOf = (text: string) => Promise<object[]>;

/** The benchmark's parameters, read from the generated data: the same for every candidate and run. */
export async function pickParams(rows: RowsOf): Promise<BenchParams> {
  const [letter] = (await rows(`SELECT id FROM letter WHERE chamber = 'HOUSE' ORDER BY abs(signer_count - 100), id LIMIT 1`)) as {
    id: string;
  }[];
  const [year] = (await rows(
    `SELECT extract(year FROM sent_on)::int AS y FROM letter WHERE sent_on < date_trunc('year', (SELECT max(sent_on) FROM letter))
      GROUP BY 1 ORDER BY 1 DESC LIMIT 1`,
  )) as { y: number }[];
  return {
    letterId: letter.id,
    gapState: "CA",
    state: "CA",
    party: "Democrat",
    partyEnum: "DEMOCRAT",
    servingOn: "2024-06-01",
    dateFrom: `${year.y}-01-01`,
    dateTo: `${year.y}-12-31`,
  };
}
