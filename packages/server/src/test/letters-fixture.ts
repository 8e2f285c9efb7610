/**
 * Fixtures for the letters, members and stats API tests: the reference members, the six
 * reference letters, three synthetic House letters signed by Justin Amash (Republican, then
 * Independent, then Libertarian in 2019-2020), and topic tags and mentions of our own (the
 * importer's extraction may change; these tests must not depend on it).
 */
import { readdir } from "node:fs/promises";
import type { Database } from "../db/database";
import { ImportService } from "../modules/importing/import.service";
import { readExpected, readLetter, syncReferenceMembers } from "./harness";
import { lettersDir } from "./shared-dir";

export const AMASH = "A000367";
export const MASSIE = "M001184";
export const KHANNA = "K000389";
export const SHERMAN = "S000344";

/** The synthetic letters: date, printed date and how often the body says "surveillance". */
const AMASH_LETTERS = [
  { key: "amash-r", date: "2019-03-05", printed: "March 5, 2019", surveillance: 5 },
  { key: "amash-i", date: "2019-09-10", printed: "September 10, 2019", surveillance: 1 },
  { key: "amash-l", date: "2020-06-10", printed: "June 10, 2020", surveillance: 2 },
] as const;

function amashLetter(printed: string, surveillance: number): string {
  const uses = Array.from({ length: surveillance }, (_, i) => `Warrantless surveillance concern number ${i + 1}.`).join(" ");
  return `Congress of the United States
House of Representatives
Washington, DC 20515

${printed}

The Honorable Steven T. Mnuchin
Secretary of the Treasury
U.S. Department of the Treasury
1500 Pennsylvania Avenue, N.W.
Washington, D.C. 20220

Dear Secretary Mnuchin:

We write about the reauthorization of expiring authorities. ${uses}

Thank you for your attention.

Sincerely,

Justin Amash
Member of Congress

Thomas Massie
Member of Congress

Ro Khanna
Member of Congress
`;
}

export const TOPICS: Record<string, string[]> = {
  "2018-10-10-bicameral-trump-hurricane-michael": ["disaster-relief", "florida"],
  "2019-02-13-senate-mcconnell-disaster-supplemental": ["appropriations", "disaster-relief"],
  "2020-10-23-house-pompeo-artsakh": ["armenia", "human-rights", "sanctions"],
  "2021-02-22-house-ralston-georgia-voting": ["voting-rights"],
  "2023-10-04-senate-schumer-appropriations-schedule": ["appropriations"],
  "2025-02-13-senate-trump-tcja-permanence": ["taxes"],
  "amash-r": ["surveillance"],
  "amash-i": ["surveillance"],
  "amash-l": ["surveillance", "sanctions"],
};

const MENTIONS: Record<string, [kind: string, text: string, role: string | null, count: number][]> = {
  "2020-10-23-house-pompeo-artsakh": [
    ["PERSON", "Ilham Aliyev", "President of Azerbaijan", 1],
    ["PERSON", "Zakir Hasanov", "Defense Minister", 1],
    ["LAW", "Global Magnitsky Human Rights Accountability Act", null, 1],
    ["PLACE", "Artsakh", null, 5],
  ],
  "2021-02-22-house-ralston-georgia-voting": [["PERSON", "José Sánchez", "Voter", 1]],
  "amash-l": [["LAW", "Global Magnitsky Act", null, 1]],
};

export interface Fixture {
  /** Letter uuid by key: the reference letter's file name or an Amash letter's key. */
  ids: Record<string, string>;
  /** Reference letter names, oldest first. */
  reference: string[];
}

export async function loadLetterFixture(db: Database): Promise<Fixture> {
  await syncReferenceMembers(db);
  const importer = new ImportService(db);
  const reference = (await readdir(lettersDir()))
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((f) => f.slice(0, -3))
    .sort();
  const ids: Record<string, string> = {};
  for (const name of reference) ids[name] = (await importer.import(await readLetter(name), { sourceName: `${name}.md` })).letterId;
  for (const l of AMASH_LETTERS)
    ids[l.key] = (await importer.import(amashLetter(l.printed, l.surveillance), { sourceName: `${l.key}.txt` })).letterId;
  await db.query(`DELETE FROM letter_topic`);
  await db.query(`DELETE FROM letter_mention`);
  for (const [key, topics] of Object.entries(TOPICS)) {
    for (const t of topics) await db.query(`INSERT INTO letter_topic (letter_id, topic, suggested) VALUES ($1, $2, false)`, [ids[key], t]);
  }
  for (const [key, mentions] of Object.entries(MENTIONS)) {
    for (const [kind, text, role, count] of mentions) {
      await db.query(`INSERT INTO letter_mention (letter_id, kind, text, role, normalized, count) VALUES ($1, $2, $3, $4, $5, $6)`, [
        ids[key],
        kind,
        text,
        role,
        text.toLowerCase(),
        count,
      ]);
    }
  }
  return { ids, reference };
}

/** Signers of the reference letters by the expected answers: bioguide, state and party per letter. */
export async function expectedSigners(reference: string[]) {
  return Object.fromEntries(await Promise.all(reference.map(async (n) => [n, (await readExpected(n)).signers] as const)));
}
