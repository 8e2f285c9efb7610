/**
 * Fuzzing the letter reader through its one entry point (parseAndMatchInWorker): random and
 * adversarial texts up to 2 MB, each read or refused (BAD_USER_INPUT reasons, TOO_COMPLEX at
 * the time limit) within 2 s, never an unexpected error. The shapes are the red-team findings
 * (each was 10-17 s on the event loop) and their relatives.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ImportInputError } from "./import-errors";
import { parseAndMatchInWorker } from "./parse-in-worker";
import type { MatchCandidate } from "./types";
import { LetterWorkerPool } from "./worker/worker-pool";

const LIMIT_MS = 2000;
const workers = new LetterWorkerPool({ size: 2, timeoutMs: LIMIT_MS, memoryMb: 256 });
afterAll(() => workers.close());

const MEMBER: MatchCandidate = {
  bioguideId: "C001124",
  firstName: "TJ",
  middleName: null,
  lastName: "Cox",
  suffix: null,
  nickname: null,
  officialFull: "TJ Cox",
  chamber: "HOUSE",
  state: "CA",
  district: 21,
  party: "Democrat",
};
const MB2 = 2 * 1024 * 1024 - 4096;
const fill = (unit: string, bytes = MB2) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
const letter = (middle: string, signatures = "TJ Cox\nMember of Congress") =>
  `Congress of the United States\nWashington, DC 20515\n\nOctober 23, 2020\n\nThe Honorable Mike Pompeo\nSecretary of State\n\nDear Secretary Pompeo:\n\n${middle}\n\nSincerely,\n\n${signatures}\n`;

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
function randomText(seed: number, bytes: number): string {
  const next = random(seed);
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\n  ,.;:*_#<>&/()-'\"\t";
  const out: string[] = [];
  for (let i = 0; i < bytes; i++) out.push(alphabet[Math.floor(next() * alphabet.length)]);
  return out.join("");
}

const cases: [string, () => string][] = [
  ["195 KB of spaces then x", () => " ".repeat(195_000) + "x"],
  ["2 MB of spaces then x in a letter", () => letter(fill(" ").slice(0, MB2 - 400) + "x")],
  ["a 195 KB line of `**a `", () => "**a ".repeat(48_750)],
  ["a 2 MB line of `**a ` in a letter", () => letter(fill("**a ").slice(0, MB2 - 400))],
  ["120 KB of 40-letter capital lines", () => letter(("A".repeat(40) + "\n").repeat(2_900))],
  ["2 MB of 40-letter capital lines", () => letter(fill("A".repeat(40) + "\n").slice(0, MB2 - 400))],
  ["2 MB of capitalised words on one line", () => letter(fill("Zakir Hasanov Defense ").slice(0, MB2 - 400))],
  ["761 KB of name/title pairs", () => letter("We write.", fill("Jane Roe\nMember of Congress\n\n", 761_000))],
  ["2 MB of name/title pairs", () => letter("We write.", fill("Jane Roe\nMember of Congress\n\n").slice(0, MB2 - 400))],
  ["2 MB of names side by side", () => letter("We write.", fill("Jane Roe    John Doe    Ann Lee    Bo Li    Cy Young    Di Wu\n"))],
  ["2 MB of cells in one line", () => letter("We write.", fill("Ab  "))],
  ["2 MB of unclosed tags", () => letter(fill("<a"))],
  ["2 MB of entities", () => letter(fill("&#99999999;&amp;&"))],
  ["2 MB of underscores and spaces", () => letter(fill("_ "))],
  [
    "2 MB of `senate` in the letterhead",
    () => `${fill("senate ").slice(0, MB2 - 200)}\nOctober 23, 2020\n\nDear Sir,\n\nSincerely,\n\nTJ Cox\nMember of Congress\n`,
  ],
  ["2 MB of an Act's name", () => letter(fill("The Of And For ").slice(0, MB2 - 400) + "Act")],
  ["2 MB of departments", () => letter(fill("Department of State and Defense ").slice(0, MB2 - 400))],
  ["2 MB of commas", () => letter(fill(",").slice(0, MB2 - 400))],
  ["2 MB of dates", () => fill("October 23, 2020 ")],
  ["2 MB of salutations", () => letter(fill("Dear Sir,\n\n"))],
  [
    "2 MB of `The Honorable` recipients",
    () =>
      `October 23, 2020\n\n${fill("The Honorable Jane Roe\n").slice(0, MB2 - 300)}\nDear Sir,\n\nSincerely,\n\nTJ Cox\nMember of Congress\n`,
  ],
  ["over 2 MB", () => "x".repeat(2 * 1024 * 1024 + 1)],
  ["empty", () => ""],
  ["binary", () => "\u0000\u0001\u0002".repeat(1000)],
  ...[1, 2, 3, 4].map((seed): [string, () => string] => [
    `random text #${seed} (${seed * 400} KB)`,
    () => randomText(seed, seed * 400_000),
  ]),
  ...[5, 6].map((seed): [string, () => string] => [`random letter #${seed}`, () => letter(randomText(seed, 500_000))]),
];

describe("letter reader fuzz", () => {
  it.each(cases)(
    "%s: read or refused within 2 s",
    async (_name, make) => {
      const text = make();
      await workers.warm(); // a worker replaced after the previous case's time limit has loaded
      const started = Date.now();
      let outcome: string;
      try {
        const out = await parseAndMatchInWorker(text, { workers, candidates: async () => [MEMBER] });
        outcome = `read, ${out.parsed.signers.length} signers`;
      } catch (e) {
        if (!(e instanceof ImportInputError)) throw e;
        outcome = `refused: ${e.reason}`;
      }
      const took = Date.now() - started;
      console.log(`fuzz: ${_name}: ${outcome} in ${took} ms`);
      // The worker's hard limit plus messaging; TOO_COMPLEX is the refusal at the limit.
      expect(took).toBeLessThan(LIMIT_MS + 500);
    },
    30_000,
  );
});
