import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lettersDir, SEED_LETTER } from "../../../test/shared-dir";
import { parseLetter } from "../parse/parse-letter";
import { extractEntities, headingOf, suggestTopics } from "./extract-entities";

const mentionsOf = async (name: string) => {
  const parsed = parseLetter(await readFile(path.join(lettersDir(), `${name}.md`), "utf8"));
  return extractEntities(parsed.body, headingOf(parsed));
};

describe("extractEntities on the seed letter", () => {
  it("finds the five officials it asks to sanction, with their roles", async () => {
    const people = (await mentionsOf(SEED_LETTER)).mentions.filter((m) => m.kind === "PERSON");
    expect(people.map((p) => [p.text, p.role])).toEqual([
      ["Ilham Aliyev", "Azerbaijani President"],
      ["Zakir Hasanov", "Defense Minister"],
      ["Sadikov Najmeddin Huseynoglu", "Chief of the General Staff"],
      ["Mustafayev Kerem Narimanoglu", "Deputy Minister of Defense (Army)"],
      ["Tairov Ramiz Firudinoglu", "Deputy Minister of Defense (Air Force)"],
    ]);
  });

  it("finds the law it cites, organisations, places and dates", async () => {
    const { mentions, topics } = await mentionsOf(SEED_LETTER);
    const of = (kind: string) => mentions.filter((m) => m.kind === kind).map((m) => m.text);
    expect(of("LAW")).toEqual(expect.arrayContaining(["Global Magnitsky Human Rights Accountability Act", "Public Law 114-328"]));
    expect(of("ORGANIZATION")).toContain("Amnesty International");
    expect(of("PLACE")).toEqual(expect.arrayContaining(["Azerbaijan", "Armenia", "Artsakh", "Nagorno-Karabakh", "Stepanakert"]));
    expect(of("DATE")).toContain("September 27");
    expect(mentions.find((m) => m.text === "Azerbaijan")!.normalized).toBe("azerbaijan");
    expect(topics).toEqual(expect.arrayContaining(["sanctions", "human-rights", "foreign-policy"]));
  });
});

describe("suggestTopics", () => {
  it("suggests by keywords on word boundaries, strongest first", () => {
    expect(suggestTopics("Hurricane Michael caused a disaster; FEMA must help the recovery.")).toEqual(["disaster-relief"]);
    expect(suggestTopics("The tax cuts in the TCJA must be permanent tax law.")).toEqual(["taxes"]);
    expect(suggestTopics("We thank you for your attention.")).toEqual([]);
  });

  it("does not invent people from ordinary capitalised phrases", () => {
    const { mentions } = extractEntities("The United States has sought to impose consequences. We look forward to your reply.");
    expect(mentions.filter((m) => m.kind === "PERSON")).toEqual([]);
  });
});
