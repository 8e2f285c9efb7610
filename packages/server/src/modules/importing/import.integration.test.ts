import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { readLetter, SEED_LETTER, startTestServer, syncReferenceMembers, type TestServer } from "../../test/harness";
import { ImportService } from "./import.service";

const Preview = graphql(`
  query PreviewImport($text: String!) {
    previewImport(text: $text) {
      sentOn
      chamber
      title
      needsReview
      recipients { name title organization }
      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }
      existingLetter { id }
    }
  }
`);

const Import = graphql(`
  mutation ImportLetter($text: String!, $sourceName: String) {
    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }
  }
`);

const Review = graphql(`
  query ReviewQueue {
    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }
  }
`);

const Resolve = graphql(`
  mutation ResolveSignature($id: ID!, $bioguideId: String!) {
    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }
  }
`);

const EDITOR = { role: "EDITOR" } as const;

let server: TestServer;
let seed: string;

const counts = async () =>
  (
    await server.db.query<{ letters: number; signatures: number }>(
      `SELECT (SELECT count(*) FROM letter)::int AS letters, (SELECT count(*) FROM signature)::int AS signatures`,
    )
  )[0];

beforeAll(async () => {
  server = await startTestServer();
  await syncReferenceMembers(server.db);
  seed = await readLetter(SEED_LETTER);
});
afterAll(() => server?.close());
beforeEach(async () => {
  await server.db.query(`DELETE FROM letter`);
});

describe("previewImport", () => {
  it("returns the whole parse and match and writes nothing", async () => {
    const res = await server.run(Preview, { text: seed }, EDITOR);
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewImport;
    expect(p).toMatchObject({ sentOn: "2020-10-23", chamber: "HOUSE", needsReview: 0, existingLetter: null });
    expect(p.signatures).toHaveLength(51);
    expect(p.signatures[0]).toMatchObject({
      printedName: "TJ Cox",
      role: "LEAD",
      status: "MATCHED",
      bioguideId: "C001124",
      state: "CA",
      party: "DEMOCRAT",
    });
    expect(await counts()).toEqual({ letters: 0, signatures: 0 });
  });

  it("refuses text that is not a letter with BAD_USER_INPUT naming the problem", async () => {
    const cases: [string, string][] = [
      ["   \n ", "EMPTY"],
      ["\u0000\u0001\u0002binary\u0000\u0003".repeat(50), "BINARY"],
      ["x".repeat(2 * 1024 * 1024 + 1), "TOO_LARGE"],
      [seed.replace(/October 23, 2020/g, ""), "NO_DATE"],
      ["October 23, 2020\n\nDear Secretary,\n\nWe write about a thing.\n\nThank you.\n", "NO_SIGNERS"],
    ];
    for (const [text, reason] of cases) {
      const res = await server.run(Import, { text }, EDITOR);
      expect(res.errors?.[0].extensions, reason).toMatchObject({ code: "BAD_USER_INPUT", reason });
      expect(res.errors?.[0].message.length).toBeGreaterThan(10);
    }
    expect(await counts()).toEqual({ letters: 0, signatures: 0 });
  });
});

describe("importLetter", () => {
  it("stores the letter once; the same content again (other whitespace) stores nothing", async () => {
    const first = await server.run(Import, { text: seed, sourceName: "seed.md" }, EDITOR);
    expect(first.data!.importLetter).toMatchObject({ created: true, needsReview: 0, letter: { signerCount: 51, sourceName: "seed.md" } });
    const again = await server.run(Import, { text: seed.replace(/\n/g, "\r\n") + "\n\n" }, EDITOR);
    expect(again.data!.importLetter).toMatchObject({ created: false, letter: { id: first.data!.importLetter.letter.id } });
    expect(await counts()).toEqual({ letters: 1, signatures: 51 });
    const preview = await server.run(Preview, { text: seed }, EDITOR);
    expect(preview.data!.previewImport.existingLetter?.id).toBe(first.data!.importLetter.letter.id);
  });

  it("leaves the database unchanged when it fails after any signer", async () => {
    const service = new ImportService(server.db);
    for (let k = 1; k <= 51; k++) {
      await expect(
        service.import(seed, {
          sourceName: "seed.md",
          afterSigner: (position) => {
            if (position === k) throw new Error(`injected failure after signer ${k}`);
          },
        }),
      ).rejects.toThrow(`after signer ${k}`);
      expect(await counts()).toEqual({ letters: 0, signatures: 0 });
    }
  });

  it("stores exactly one letter when ten imports of it race", async () => {
    const service = new ImportService(server.db);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => service.import(seed, { sourceName: "seed.md" })));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.letterId)).size).toBe(1);
    expect(await counts()).toEqual({ letters: 1, signatures: 51 });
  });
});

describe("review", () => {
  it("flags a bare shared surname as AMBIGUOUS, queues it, and lets a person confirm the member", async () => {
    // Three Scotts served in the House on 2020-10-23; "Scott" alone must not be guessed.
    const text = seed.replace("Dina Titus", "Scott");
    const imported = await server.run(Import, { text }, EDITOR);
    expect(imported.data!.importLetter.needsReview).toBe(1);

    const queue = await server.run(Review, {}, EDITOR);
    expect(queue.data!.reviewQueue.totalCount).toBe(1);
    const flagged = queue.data!.reviewQueue.edges[0].node;
    expect(flagged).toMatchObject({ printedName: "Scott", status: "AMBIGUOUS", letter: { sentOn: "2020-10-23" } });
    expect(flagged.candidates.map((c) => c.bioguideId)).toEqual(expect.arrayContaining(["S000185", "S001157", "S001189"]));

    const notServing = await server.run(Resolve, { id: flagged.id, bioguideId: "S001217" }, EDITOR); // Rick Scott: a senator
    expect(notServing.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const resolved = await server.run(Resolve, { id: flagged.id, bioguideId: "S000185" }, EDITOR);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveSignature).toMatchObject({
      status: "CONFIRMED",
      bioguideId: "S000185",
      state: "VA",
      district: 3,
      party: "DEMOCRAT",
      confidence: 1,
    });
    expect((await server.run(Review, {}, EDITOR)).data!.reviewQueue.totalCount).toBe(0);
  });

  it("answers NOT_FOUND for an unknown signature", async () => {
    const res = await server.run(Resolve, { id: "00000000-0000-0000-0000-000000000000", bioguideId: "S000185" }, EDITOR);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

const SetTopics = graphql(`
  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {
    setLetterTopics(letterId: $letterId, topics: $topics)
  }
`);

describe("mentions and topics", () => {
  it("stores the body's mentions and suggested topics with the letter, and lets a person edit the topics", async () => {
    const imported = await server.run(Import, { text: seed }, EDITOR);
    const letterId = imported.data!.importLetter.letter.id;
    const uuid = (await server.db.query<{ id: string }>(`SELECT id FROM letter`))[0].id;
    const people = await server.db.query<{ text: string; role: string }>(
      `SELECT text, role FROM letter_mention WHERE letter_id = $1 AND kind = 'PERSON' ORDER BY id`,
      [uuid],
    );
    expect(people[0]).toEqual({ text: "Ilham Aliyev", role: "Azerbaijani President" });
    expect(people).toHaveLength(5);
    const suggested = await server.db.query<{ topic: string }>(`SELECT topic FROM letter_topic WHERE letter_id = $1 AND suggested`, [uuid]);
    expect(suggested.map((t) => t.topic)).toContain("sanctions");

    const set = await server.run(SetTopics, { letterId, topics: ["Human Rights", "sanctions", "human-rights"] }, EDITOR);
    expect(set.data!.setLetterTopics).toEqual(["human-rights", "sanctions"]);
    const stored = await server.db.query<{ topic: string; suggested: boolean }>(
      `SELECT topic, suggested FROM letter_topic WHERE letter_id = $1 ORDER BY topic`,
      [uuid],
    );
    expect(stored).toEqual([
      { topic: "human-rights", suggested: false },
      { topic: "sanctions", suggested: false },
    ]);
    const bad = await server.run(SetTopics, { letterId, topics: ["   "] }, EDITOR);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

const ImportResolved = graphql(`
  mutation ImportResolved($text: String!, $resolutions: [ResolutionInput!]) {
    importLetter(text: $text, resolutions: $resolutions) {
      created
      needsReview
      letter { signatures(filter: { statuses: [CONFIRMED] }) { edges { node { printedName status state district member { bioguideId } } } } }
    }
  }
`);

describe("importLetter with names fixed in the preview", () => {
  it("stores the person's pick as CONFIRMED in the same transaction", async () => {
    const text = seed.replace("Dina Titus", "Scott");
    const position = (await server.run(Preview, { text }, EDITOR)).data!.previewImport.signatures.find(
      (s) => s.printedName === "Scott",
    )!.position;
    const res = await server.run(ImportResolved, { text, resolutions: [{ position, bioguideId: "S000185" }] }, EDITOR);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importLetter).toMatchObject({ created: true, needsReview: 0 });
    expect(res.data!.importLetter.letter.signatures.edges.map((e) => e.node)).toEqual([
      { printedName: "Scott", status: "CONFIRMED", state: "VA", district: 3, member: { bioguideId: "S000185" } },
    ]);
  });

  it("refuses the whole import when a pick names a member not serving then", async () => {
    const text = seed.replace("Dina Titus", "Scott");
    const res = await server.run(ImportResolved, { text, resolutions: [{ position: 39, bioguideId: "S001217" }] }, EDITOR);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "BAD_RESOLUTION" });
    expect(await counts()).toEqual({ letters: 0, signatures: 0 });
  });
});
