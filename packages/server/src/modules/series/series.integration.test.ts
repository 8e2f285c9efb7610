import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import {
  readLetter,
  referenceLegislators,
  startTestServer,
  syncReferenceMembers,
  usingPostgres,
  type TestServer,
} from "../../test/harness";
import { createLetterGenerator, type LetterGenerator } from "../importing/generator/generate-letter";
import { generateSeriesCorpus, pairScores, randomBody } from "../importing/generator/generate-series";
import { ImportService } from "../importing/import.service";

const LetterSeries = graphql(`
  query LetterSeries($id: ID!, $other: ID!) {
    letter(id: $id) {
      sentOn
      series { id name letters { databaseId sentOn } }
      previousVersion { databaseId sentOn }
      possibleVersions { score method status letter { databaseId } }
      compareWith(letterId: $other) {
        other { databaseId }
        signedBoth { bioguideId onThis { signed serving party state } onOther { signed serving party state } }
        signedOnlyThis { bioguideId onThis { signed serving party state } onOther { signed serving party state } }
        signedOnlyOther { bioguideId member { fullName } onThis { signed serving party state } onOther { signed serving party state } }
        notServingNow { bioguideId onThis { signed serving party state district } onOther { signed serving party state district date } }
      }
    }
  }
`);

const SeriesMatrixQuery = graphql(`
  query SeriesMatrix($id: ID!) {
    series(id: $id) {
      name
      matrix { versions { databaseId sentOn } rows { bioguideId signedCount cells { letterId signed serving party state } } }
    }
  }
`);

const Rename = graphql(`mutation RenameSeries($id: ID!, $name: String!) { renameSeries(id: $id, name: $name) { id name } }`);
const Split = graphql(`mutation SplitSeries($ids: [ID!]!) { splitSeries(letterIds: $ids) { id name letters { databaseId } } }`);
const Merge = graphql(`mutation MergeSeries($id: ID!, $into: ID!) { mergeSeries(id: $id, intoId: $into) { id letters { databaseId } } }`);
const Confirm = graphql(
  `mutation ConfirmVersion($a: ID!, $b: ID!) { confirmVersion(letterId: $a, otherId: $b) { id letters { databaseId } } }`,
);

const EDITOR = { role: "EDITOR" } as const;
const where = usingPostgres() ? "PostgreSQL" : "PGlite";

let server: TestServer;
let importer: ImportService;
let gen: LetterGenerator;

beforeAll(async () => {
  server = await startTestServer();
  await syncReferenceMembers(server.db);
  importer = new ImportService(server.db);
  gen = createLetterGenerator(await referenceLegislators());
}, 120_000);
afterAll(() => server?.close());

const seriesOf = async (ids: string[]) => {
  const rows: { letter_id: string; series_id: string }[] = await server.db.query(
    `SELECT letter_id, series_id FROM letter_series_member WHERE letter_id = ANY($1::uuid[])`,
    [ids],
  );
  const by = new Map(rows.map((r) => [r.letter_id, r.series_id]));
  return ids.map((id) => by.get(id) ?? null);
};

describe(`series detection (${where})`, () => {
  it("keeps the 2018 and 2019 disaster letters apart: same subject, different letters", async () => {
    const a = await importer.import(await readLetter("2018-10-10-bicameral-trump-hurricane-michael"));
    const b = await importer.import(await readLetter("2019-02-13-senate-mcconnell-disaster-supplemental"));
    expect(await seriesOf([a.letterId, b.letterId])).toEqual([null, null]);
    const links = await server.db.query(`SELECT * FROM letter_version_link WHERE letter_id IN ($1, $2)`, [a.letterId, b.letterId]);
    expect(links).toEqual([]);
  });

  it("finds series in a generated corpus: precision >= 99%, recall >= 95%", async () => {
    const corpus = generateSeriesCorpus(gen, { series: 30, unrelated: 60, seed: 17 });
    const ids: string[] = [];
    for (const l of corpus) ids.push((await importer.import(l.text)).letterId);
    const found = await seriesOf(ids);
    const { precision, recall, truePairs, foundPairs } = pairScores(
      corpus.map((l) => l.series),
      found,
    );
    const followUps = corpus.filter((l) => l.followUp).length;
    console.log(
      `series corpus (${where}): ${corpus.length} letters, ${new Set(corpus.map((l) => l.series).filter((s) => s !== null)).size} series, ` +
        `${followUps} explicit follow-ups; ${truePairs} same-series pairs, ${foundPairs} found; ` +
        `precision ${(precision * 100).toFixed(2)}%, recall ${(recall * 100).toFixed(2)}%`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  }, 600_000);

  it("joins an explicit follow-up to the dated letter to the same recipient, though its text is new", async () => {
    const first = gen.generate(501, { date: "2021-03-03", chamber: "HOUSE", paragraphs: randomBody(11), recipient: 2, count: 5 });
    const later = gen.generate(502, {
      date: "2021-09-14",
      chamber: "HOUSE",
      recipient: 2,
      count: 5,
      paragraphs: ["We wrote to you on March 3, 2021 to ask for your help, and we have not received a reply.", ...randomBody(12)],
    });
    const a = await importer.import(first.text);
    const b = await importer.import(later.text);
    const [sa, sb] = await seriesOf([a.letterId, b.letterId]);
    expect(sa).not.toBeNull();
    expect(sb).toBe(sa);
    const [link] = await server.db.query(`SELECT method, status FROM letter_version_link WHERE letter_id = $1`, [b.letterId]);
    expect(link).toEqual({ method: "FOLLOW_UP", status: "JOINED" });
  });
});

describe(`comparison (${where})`, () => {
  // Hand-checked: Paul Ryan (R000570, R-WI) left the House on 2019-01-03; Alexandria
  // Ocasio-Cortez (O000172, D-NY) joined it then; Pelosi (P000197, D-CA) and Hoyer (H000874, D-MD) served throughout.
  const body = randomBody(99);
  let v2018: string;
  let v2020: string;
  let seriesId: string;

  beforeAll(async () => {
    const a = gen.generate(9001, {
      date: "2018-05-01",
      chamber: "HOUSE",
      paragraphs: body,
      recipient: 0,
      prefer: ["P000197", "H000874", "R000570"],
      count: 3,
    });
    const b = gen.generate(9002, {
      date: "2020-05-01",
      chamber: "HOUSE",
      paragraphs: [...body.slice(1), body[0]],
      recipient: 1,
      prefer: ["O000172", "P000197"],
      count: 2,
    });
    expect(a.expected.signers.map((s) => s.bioguide)).toEqual(["P000197", "H000874", "R000570"]);
    expect(b.expected.signers.map((s) => s.bioguide)).toEqual(["O000172", "P000197"]);
    v2018 = (await importer.import(a.text)).letterId;
    v2020 = (await importer.import(b.text)).letterId;
  });

  it("puts the two versions in one series, in date order, with the earlier as previousVersion", async () => {
    const { data, errors } = await server.run(LetterSeries, { id: v2020, other: v2018 });
    expect(errors).toBeUndefined();
    const l = data!.letter!;
    expect(l.series!.letters.map((x) => x.databaseId)).toEqual([v2018, v2020]);
    expect(l.previousVersion!.databaseId).toBe(v2018);
    seriesId = l.series!.id;
  });

  it("is exact, members who left office included, with party and state on each date", async () => {
    const { data } = await server.run(LetterSeries, { id: v2020, other: v2018 });
    const c = data!.letter!.compareWith;
    expect(c.other.databaseId).toBe(v2018);
    expect(c.signedBoth).toEqual([
      {
        bioguideId: "P000197",
        onThis: { signed: true, serving: true, party: "DEMOCRAT", state: "CA" },
        onOther: { signed: true, serving: true, party: "DEMOCRAT", state: "CA" },
      },
    ]);
    expect(c.signedOnlyThis).toEqual([
      {
        bioguideId: "O000172",
        onThis: { signed: true, serving: true, party: "DEMOCRAT", state: "NY" },
        onOther: { signed: false, serving: false, party: null, state: null },
      },
    ]);
    expect(c.signedOnlyOther).toEqual([
      {
        bioguideId: "H000874",
        member: { fullName: expect.stringContaining("Hoyer") },
        onThis: { signed: false, serving: true, party: "DEMOCRAT", state: "MD" },
        onOther: { signed: true, serving: true, party: "DEMOCRAT", state: "MD" },
      },
    ]);
    expect(c.notServingNow).toEqual([
      {
        bioguideId: "R000570",
        onThis: { signed: false, serving: false, party: null, state: null, district: null },
        onOther: { signed: true, serving: true, party: "REPUBLICAN", state: "WI", district: 1, date: "2018-05-01" },
      },
    ]);
  });

  it("gives the series matrix: members × versions, signed and serving", async () => {
    const { data } = await server.run(SeriesMatrixQuery, { id: seriesId });
    const m = data!.series!.matrix;
    expect(m.versions.map((v) => v.sentOn)).toEqual(["2018-05-01", "2020-05-01"]);
    const row = (id: string) => m.rows.find((r) => r.bioguideId === id)!.cells.map((c) => [c.signed, c.serving]);
    expect(m.rows.map((r) => r.bioguideId).sort()).toEqual(["H000874", "O000172", "P000197", "R000570"]);
    expect(row("P000197")).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(row("H000874")).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(row("R000570")).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(row("O000172")).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(m.rows[0].signedCount).toBe(2);
  });

  it("lets an editor rename, split, merge and confirm; anonymous callers cannot; all audited", async () => {
    expect((await server.run(Rename, { id: seriesId, name: "Transit letter" })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const bad = await server.run(Rename, { id: seriesId, name: "  " }, EDITOR);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect((await server.run(Rename, { id: seriesId, name: "Transit letter" }, EDITOR)).data!.renameSeries.name).toBe("Transit letter");
    const all = await server.run(Split, { ids: [v2018, v2020] }, EDITOR);
    expect(all.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const split = await server.run(Split, { ids: [v2018] }, EDITOR);
    const newId = split.data!.splitSeries.id;
    expect(split.data!.splitSeries.letters.map((l) => l.databaseId)).toEqual([v2018]);
    expect(await seriesOf([v2018, v2020])).toEqual([newId, seriesId]);
    const merged = await server.run(Merge, { id: newId, into: seriesId }, EDITOR);
    expect(merged.data!.mergeSeries.letters.map((l) => l.databaseId)).toEqual([v2018, v2020]);
    expect((await server.run(SeriesMatrixQuery, { id: newId })).data!.series).toBeNull();
    const confirmed = await server.run(Confirm, { a: v2020, b: v2018 }, EDITOR);
    expect(confirmed.data!.confirmVersion.id).toBe(seriesId);
    const audit: { action: string }[] = await server.db.query(`SELECT action FROM audit_log WHERE action LIKE 'series.%' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(["series.rename", "series.split", "series.merge", "series.confirm"]);
  });

  it("answers NOT_FOUND for an unknown letter to compare with", async () => {
    const { errors } = await server.run(LetterSeries, { id: v2020, other: "00000000-0000-0000-0000-000000000000" });
    expect(errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "letterId" });
  });
});
