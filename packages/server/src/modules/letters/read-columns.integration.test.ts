/**
 * Guard: every @Column of Letter, Signature, Member and Term is read and mapped wherever the
 * entity is read in full. The column maps come from the entities' decorators (entityColumns);
 * this checks them against the data source's metadata, then reads each aggregate through every
 * full read path and looks for a property left undefined (a column missing from a SELECT list or
 * from a mapping). Nullable columns read as null, never undefined.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { entityColumns } from "../../db/entity-columns";
import { openTestDatabase, SEED_LETTER, readLetter, syncReferenceMembers } from "../../test/harness";
import { ImportService } from "../importing/import.service";
import { Member } from "../members/member.entity";
import { MembersRead, MEMBER_PROJECTION } from "../members/members.read";
import { MembersService } from "../members/members.service";
import { Term } from "../members/term.entity";
import { Letter } from "./letter.entity";
import {
  JOINED_LETTER_PROJECTION,
  LETTER_PROJECTION,
  MEMBER_SIGNATURE_PROJECTION,
  SIGNATURE_PROJECTION,
  type SignatureRow,
} from "./letters.read";
import { LettersService } from "./letters.service";
import { MemberLettersService } from "./member-letters.service";
import { Signature } from "./signature.entity";

const ENTITIES = { Letter, Signature, Member, Term } as const;
type EntityName = keyof typeof ENTITIES;

let db: Database;
let letterId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await syncReferenceMembers(db);
  letterId = (await new ImportService(db).import(await readLetter(SEED_LETTER), { sourceName: "seed.md" })).letterId;
}, 120_000);
afterAll(() => db?.close());

/** Every column of the entity (from the data source's metadata) whose property `row` leaves undefined. */
function missing(name: EntityName, row: object): string[] {
  return db.source
    .getMetadata(ENTITIES[name])
    .columns.filter((c) => (row as Record<string, unknown>)[c.propertyName] === undefined)
    .map((c) => `${name}.${c.propertyName} (${c.databaseName})`);
}

describe("entity column maps", () => {
  it.each(Object.keys(ENTITIES) as EntityName[])("%s: the map is the data source's metadata", (name) => {
    const metadata = Object.fromEntries(db.source.getMetadata(ENTITIES[name]).columns.map((c) => [c.databaseName, c.propertyName]));
    expect(entityColumns(ENTITIES[name] as new () => object)).toEqual(metadata);
  });

  it("the projections read every column when every field is asked for", () => {
    expect(LETTER_PROJECTION.all).toEqual(db.source.getMetadata(Letter).columns.map((c) => c.databaseName));
    expect(SIGNATURE_PROJECTION.all).toEqual(db.source.getMetadata(Signature).columns.map((c) => c.databaseName));
    expect(MEMBER_PROJECTION.all).toEqual(db.source.getMetadata(Member).columns.map((c) => c.databaseName));
  });

  it("notices a property left out", () => {
    const letter = Object.assign(new Letter(), { id: "x" });
    expect(missing("Letter", letter)).toContain("Letter.title (title)");
  });
});

describe("full reads carry every column", () => {
  it("letters: by id, by ids, in a list", async () => {
    const letters = new LettersService(db);
    const byId = await letters.byId(letterId);
    const [fromIds] = await letters.byIds([letterId]);
    const page = await letters.list({}, 5);
    for (const l of [byId!, fromIds!, ...page.nodes]) expect(missing("Letter", l)).toEqual([]);
    const record = await new MemberLettersService(db).record((await firstSigner(letters)).bioguideId!, null, 5);
    expect(record.letters.length).toBeGreaterThan(0);
    for (const { letter } of record.letters) expect(missing("Letter", letter)).toEqual([]);
  });

  it("signatures and their joined members, by ids and in pages", async () => {
    const letters = new LettersService(db);
    const pages = await letters.signaturePages([letterId], {
      filter: {},
      first: 5,
      after: null,
      columns: SIGNATURE_PROJECTION.all,
      memberColumns: MEMBER_PROJECTION.all,
    });
    const nodes = pages.get(letterId)!.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    const [byId] = await letters.signatureByIds([nodes[0].id]);
    for (const s of [...nodes, byId!]) expect(missing("Signature", s)).toEqual([]);
    const members = nodes.map((s) => s.joinedMember).filter((m): m is Member => Boolean(m));
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(missing("Member", m)).toEqual([]);
  });

  it("a member's signatures with their letters: what is not read twice (member, letter id and date) is filled in, equal to a direct read", async () => {
    const letters = new LettersService(db);
    const signer = await firstSigner(letters);
    const pages = await new MemberLettersService(db).signaturePages([signer.bioguideId!], {
      filter: {},
      first: 5,
      after: null,
      columns: MEMBER_SIGNATURE_PROJECTION.all,
      letterColumns: JOINED_LETTER_PROJECTION.all,
      hasNext: true,
    });
    const nodes = pages.get(signer.bioguideId!)!.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const s of nodes) {
      expect(missing("Signature", s)).toEqual([]);
      expect(missing("Letter", s.joinedLetter!)).toEqual([]);
      const [direct] = await letters.signatureByIds([s.id]);
      expect({ ...s, joinedLetter: undefined }).toEqual(direct);
      expect(s.joinedLetter).toEqual((await letters.byIds([s.letterId]))[0]);
    }
  });

  it("members and terms: by ids, in a list, in a delegation", async () => {
    const signer = await firstSigner(new LettersService(db));
    const read = new MembersRead(db);
    const [member] = await read.byIds([signer.bioguideId!]);
    const list = await new MembersService(db).list({ name: member!.lastName }, 5);
    const letter = (await new LettersService(db).byId(letterId))!;
    const [delegation] = await new LettersService(db).delegations([
      { letterId, sentOn: letter.sentOn, chamber: letter.chamber, state: signer.state! },
    ]);
    expect(delegation.length).toBeGreaterThan(0);
    for (const m of [member!, ...list.nodes, ...delegation.map((d) => d.member)]) expect(missing("Member", m)).toEqual([]);
    const [terms] = await read.terms([signer.bioguideId!]);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect(missing("Term", t)).toEqual([]);
  });
});

async function firstSigner(letters: LettersService): Promise<SignatureRow> {
  const page = (
    await letters.signaturePages([letterId], {
      filter: { statuses: ["MATCHED" as never] },
      first: 1,
      after: null,
      columns: SIGNATURE_PROJECTION.all,
      memberColumns: null,
    })
  ).get(letterId)!;
  return page.nodes[0];
}
