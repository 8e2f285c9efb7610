import { beforeAll, describe, expect, it } from "vitest";
import type { Legislator } from "../../members/legislators-source";
import { candidatesOn } from "../match/candidate-pool";
import { buildMatcher } from "../match/match-name";
import { fold } from "../match/name-forms";
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
    // How often the hard cases occur, so that a generator change cannot quietly drop them.
    const hard = {
      sharedSurname: 0,
      delegate: 0,
      nickname: 0,
      suffix: 0,
      initial: 0,
      accent: 0,
      compound: 0,
      upper: 0,
      columns: 0,
      divider: 0,
      footer: 0,
    };

    for (let i = 0; i < LETTERS; i++) {
      const { text, expected } = generator.generate(BASE_SEED + i);
      expect(expected.date >= FIRST_DATE && expected.date <= LAST_DATE).toBe(true);
      const parsed = parseLetter(text);
      if (parsed.date === expected.date) datesExact++;
      if (parsed.chamber === expected.chamber) chambersExact++;
      expect(parsed.signers.length, `letter ${i} signer count`).toBe(expected.signers.length);
      expect(parsed.warnings, `letter ${i} warnings`).toEqual([]);

      const pool = candidatesOn(legislators, parsed.date!);
      const surnames = new Map<string, number>();
      for (const c of pool) surnames.set(`${c.chamber}|${fold(c.lastName)}`, (surnames.get(`${c.chamber}|${fold(c.lastName)}`) ?? 0) + 1);
      const byId = new Map(pool.map((c) => [c.bioguideId, c]));
      for (const { printed, bioguide } of expected.signers) {
        const c = byId.get(bioguide)!;
        if (surnames.get(`${c.chamber}|${fold(c.lastName)}`)! > 1) hard.sharedSurname++;
        if (["DC", "PR", "GU", "AS", "VI", "MP"].includes(c.state)) hard.delegate++;
        if (printed.includes('"') || (c.nickname && fold(printed).startsWith(fold(c.nickname)))) hard.nickname++;
        if (/\b(jr|sr|ii|iii|iv)\b/i.test(printed)) hard.suffix++;
        if (/^[A-Z]\. /i.test(printed)) hard.initial++;
        if (/[^\x00-\x7f]/.test(printed)) hard.accent++;
        if (/[\s-]/.test(c.lastName)) hard.compound++;
        if (printed === printed.toUpperCase()) hard.upper++;
      }
      if (/\S {2,}(Member of Congress|MEMBER OF CONGRESS|United States Senator|U\.S\. Senator)/.test(text)) hard.columns++;
      if (expected.signers.some((s) => s.role === "LEAD")) hard.divider++;
      if (/^(Page 2 of 3|2|- 3 -)$/m.test(text)) hard.footer++;

      const matcher = buildMatcher(pool);
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
    console.log(`hard cases: ${JSON.stringify(hard)}`);
    if (missed.length) console.log(`not matched (${missed.length}):\n  ${missed.slice(0, 20).join("\n  ")}`);

    for (const [kind, n] of Object.entries(hard)) expect(n, kind).toBeGreaterThanOrEqual(kind === "delegate" ? 10 : 20);
    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(rolesExact).toBe(signers);
    expect(printedExact).toBe(signers);
    expect(datesExact).toBe(LETTERS);
    expect(chambersExact).toBe(LETTERS);
  });
});
