import { beforeAll, describe, expect, it } from "vitest";
import type { Legislator } from "../../members/legislators-source";
import { candidatesOn } from "../match/candidate-pool";
import { buildMatcher } from "../match/match-name";
import { parseLetter } from "../parse/parse-letter";
import { createLetterGenerator, FIRST_DATE, LAST_DATE } from "./generate-letter";
import { findSharedDir, sharedLegislators } from "./shared-data";

const shared = findSharedDir();
const LETTERS = 300;
const BASE_SEED = 20_201_023;

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

describe.skipIf(!shared)("generated corpus", () => {
  let legislators: Legislator[];
  beforeAll(async () => {
    legislators = await sharedLegislators(shared!);
  });

  it("is deterministic per seed and varied across seeds", () => {
    const generator = createLetterGenerator(legislators);
    expect(generator.generate(7)).toEqual(createLetterGenerator(legislators).generate(7));
    expect(generator.generate(7).text).not.toBe(generator.generate(8).text);
  });

  it(`parses and matches ${LETTERS} letters with 100% precision`, () => {
    const generator = createLetterGenerator(legislators);
    let signers = 0;
    let matched = 0;
    let correct = 0;
    let rolesExact = 0;
    let printedExact = 0;
    let datesExact = 0;
    let chambersExact = 0;
    const wrong: string[] = [];
    const missed: string[] = [];
    const layouts = new Set<string>();

    for (let i = 0; i < LETTERS; i++) {
      const { text, expected } = generator.generate(BASE_SEED + i);
      expect(expected.date >= FIRST_DATE && expected.date <= LAST_DATE).toBe(true);
      const parsed = parseLetter(text);
      if (parsed.date === expected.date) datesExact++;
      if (parsed.chamber === expected.chamber) chambersExact++;
      layouts.add(parsed.signers.length === expected.signers.length ? "ok" : `count ${i}`);
      expect(parsed.signers.length, `letter ${i} signer count`).toBe(expected.signers.length);

      const matcher = buildMatcher(candidatesOn(legislators, parsed.date!));
      parsed.signers.forEach((s, j) => {
        const want = expected.signers[j];
        signers++;
        if (s.role === want.role) rolesExact++;
        if (s.printed === want.printed) printedExact++;
        const r = matcher.match(s.printed, { chamber: s.chamber });
        if (r.status !== "MATCHED") {
          missed.push(`${i}: ${s.printed} (${want.bioguide}) ${r.status} ${r.candidates.map((c) => c.bioguideId).join(",")}`);
          return;
        }
        matched++;
        if (r.bioguideId === want.bioguide) correct++;
        else wrong.push(`${i}: ${s.printed} -> ${r.bioguideId}, expected ${want.bioguide}`);
      });
    }

    const precision = correct / matched;
    const recall = correct / signers;
    console.log(
      `generated corpus: ${LETTERS} letters, ${signers.toLocaleString("en-US")} signers, precision ${pct(precision)}, ` +
        `recall ${pct(recall)}, roles ${pct(rolesExact / signers)}, printed ${pct(printedExact / signers)}, ` +
        `dates ${pct(datesExact / LETTERS)}, chambers ${pct(chambersExact / LETTERS)}`,
    );
    if (missed.length) console.log(`not matched (${missed.length}):\n  ${missed.slice(0, 20).join("\n  ")}`);

    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(rolesExact).toBe(signers);
    expect(printedExact).toBe(signers);
    expect(datesExact).toBe(LETTERS);
    expect(chambersExact).toBe(LETTERS);
  });
});
