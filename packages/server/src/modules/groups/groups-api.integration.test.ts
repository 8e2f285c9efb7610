import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { readLetter, startTestServer, syncReferenceMembers, SEED_LETTER, type TestServer } from "../../test/harness";
import { ImportService } from "../importing/import.service";

const MatchList = graphql(`
  query MatchList($text: String!, $chamber: Chamber, $on: Date) {
    matchMemberList(text: $text, chamber: $chamber, on: $on) {
      matched needsReview
      entries { line text status member { bioguideId } candidates { bioguideId } }
    }
  }
`);

const CreateGroup = graphql(`
  mutation CreateGroup($input: GroupInput!) {
    createGroup(input: $input) { id name chamber memberCount members { bioguideId } }
  }
`);

const EditGroup = graphql(`
  mutation EditGroup($id: ID!, $add: [String!]!, $remove: [String!]!) {
    a: addGroupMembers(id: $id, bioguideIds: $add) { memberCount }
    r: removeGroupMembers(id: $id, bioguideIds: $remove) { memberCount }
  }
`);

const UpdateGroup = graphql(`
  mutation UpdateGroup($id: ID!, $input: GroupInput!) {
    updateGroup(id: $id, input: $input) { chamber }
  }
`);

const GroupGap = graphql(`
  query GroupGap($letter: ID!, $group: ID!) {
    letter(id: $letter) {
      gap(of: { group: $group }) { name serving signedCount notSignedCount notServingCount notServing { member { bioguideId } } }
      signatures(filter: { groups: [$group] }) { totalCount }
    }
    letters(filter: { groups: [$group] }) { totalCount }
    group(id: $group) { name memberCount record { letters { sentOn } members { member { bioguideId } eligible signed } } }
    groups { id }
  }
`);

describe("member groups", () => {
  let server: TestServer;
  let seed: string;
  beforeAll(async () => {
    server = await startTestServer();
    await syncReferenceMembers(server.db);
    seed = (await new ImportService(server.db).import(await readLetter(SEED_LETTER))).letterId;
  }, 240_000);
  afterAll(() => server?.close());

  it("a pasted list: ids, 'Last, First', 'Rep. First Last (ST-NN)', nicknames and an ambiguous surname; each matched or offered, none picked wrongly", async () => {
    const text = [
      "S000344", // Brad Sherman by id
      "Schiff, Adam", // Last, First
      "Rep. Adam Schiff (CA-28)",
      "Rep. Schiff, Adam (CA-28)",
      "Chuy Garcia", // nickname of Jesús García
      "Rep. Hank Johnson", // nickname of Henry Johnson
      "Pelosi, Nancy, Judy Chu", // stays one entry: not a list of two-word names
      "Scott", // ambiguous surname: several members named Scott
      "Rep. Engel", // a surname alone, one member
    ].join("\n");
    const { data, errors } = await server.run(MatchList, { text, on: "2020-10-23", chamber: "HOUSE" }, { role: "EDITOR" });
    expect(errors).toBeUndefined();
    const e = data!.matchMemberList.entries;
    const by = (line: number) => e.find((x) => x.line === line)!;
    expect(by(1)).toMatchObject({ status: "MATCHED", member: { bioguideId: "S000344" } });
    expect(by(2)).toMatchObject({ status: "MATCHED", member: { bioguideId: "S001150" } });
    expect(by(3)).toMatchObject({ status: "MATCHED", member: { bioguideId: "S001150" } });
    expect(by(4)).toMatchObject({ status: "MATCHED", member: { bioguideId: "S001150" } });
    expect(by(5)).toMatchObject({ status: "MATCHED", member: { bioguideId: "G000586" } });
    expect(by(6)).toMatchObject({ status: "MATCHED", member: { bioguideId: "J000288" } });
    const scott = by(8);
    expect(scott.status).toBe("AMBIGUOUS");
    expect(scott.member).toBeNull();
    expect(scott.candidates.length).toBeGreaterThan(1);
    expect(by(9)).toMatchObject({ status: "MATCHED", member: { bioguideId: "E000179" } });
    for (const x of e) if (x.status !== "MATCHED") expect(x.member).toBeNull();
  });

  it("bad input: 10,000 lines and binary text are BAD_USER_INPUT in bounded time; VIEWER may not match", async () => {
    const t0 = performance.now();
    const big = await server.run(
      MatchList,
      { text: Array.from({ length: 10_000 }, (_, i) => `Member ${i}`).join("\n") },
      { role: "EDITOR" },
    );
    const binary = await server.run(MatchList, { text: "\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD" }, { role: "EDITOR" });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(binary.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    const viewer = await server.run(MatchList, { text: "S000344" }, { role: "VIEWER" });
    expect(viewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("create, edit, gap and record; a group limited to the other chamber counts nobody as serving; audit rows for every change", async () => {
    // Sherman and Schiff signed the seed letter; Pelosi did not; Amash (left the House in 2021) stays in the group.
    const created = await server.run(
      CreateGroup,
      { input: { name: "Armenian Caucus friends", chamber: "HOUSE", bioguideIds: ["S000344", "S001150", "P000197"] } },
      { role: "EDITOR" },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createGroup.id;
    expect(created.data!.createGroup.memberCount).toBe(3);
    const dup = await server.run(CreateGroup, { input: { name: "armenian caucus FRIENDS" } }, { role: "EDITOR" });
    expect(dup.errors?.[0].extensions?.code).toBe("CONFLICT");
    const unknown = await server.run(EditGroup, { id, add: ["X999999"], remove: [] }, { role: "EDITOR" });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "bioguideIds" });
    const edit = await server.run(EditGroup, { id, add: ["A000367", "W000187"], remove: ["W000187"] }, { role: "EDITOR" });
    expect(edit.errors).toBeUndefined();
    expect(edit.data!.r.memberCount).toBe(4);

    const { data, errors } = await server.run(GroupGap, { letter: seed, group: id });
    expect(errors).toBeUndefined();
    const gap = data!.letter!.gap;
    expect(gap.name).toBe("Armenian Caucus friends");
    expect(gap.serving).toBe(4); // Amash still served in October 2020
    expect(gap.signedCount).toBe(2);
    expect(gap.notSignedCount).toBe(2);
    expect(data!.letter!.signatures.totalCount).toBe(2);
    expect(data!.letters.totalCount).toBe(1);
    const rec = data!.group.record;
    expect(rec.letters.map((l) => l.sentOn)).toEqual(["2020-10-23"]);
    expect(rec.members.find((m) => m.member.bioguideId === "S000344")).toMatchObject({ eligible: 1, signed: 1 });
    expect(rec.members.find((m) => m.member.bioguideId === "P000197")).toMatchObject({ eligible: 1, signed: 0 });

    const senate = await server.run(UpdateGroup, { id, input: { name: "Armenian Caucus friends", chamber: "SENATE" } }, { role: "EDITOR" });
    expect(senate.errors).toBeUndefined();
    const after = await server.run(GroupGap, { letter: seed, group: id });
    expect(after.data!.letter!.gap).toMatchObject({ serving: 0, notServingCount: 4 });

    const audit = await server.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_type = 'member_group' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(["group.create", "group.addMembers", "group.removeMembers", "group.update"]);
    const viewer = await server.run(CreateGroup, { input: { name: "x" } }, { role: "VIEWER" });
    expect(viewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
