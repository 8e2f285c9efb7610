import { describe, expect, it } from "vitest";
import { NO_MEMBER_FILTERS, parseMemberFilters, serializeMemberFilters, toMemberFilter } from "./member-filters";

const parse = (qs: string) => parseMemberFilters(new URLSearchParams(qs));

describe("member filters in the URL", () => {
  it("reads every filter, normalising case", () => {
    expect(parse("name=%20Sherman%20&state=ca&party=democrat&chamber=house&serving=2020-10-23")).toEqual({
      name: "Sherman",
      state: "CA",
      party: "DEMOCRAT",
      chamber: "HOUSE",
      serving: "2020-10-23",
    });
  });

  it("drops values the API would reject", () => {
    expect(parse("state=California&party=WHIG&chamber=LORDS&serving=2020-13-45")).toEqual(NO_MEMBER_FILTERS);
    expect(parse("serving=yesterday").serving).toBe("");
  });

  it("round-trips and leaves empty filters out of the query string", () => {
    const f = { ...NO_MEMBER_FILTERS, state: "NY", serving: "2021-02-22" };
    expect(serializeMemberFilters(f).toString()).toBe("state=NY&serving=2021-02-22");
    expect(parseMemberFilters(serializeMemberFilters(f))).toEqual(f);
  });

  it("maps to the API filter, undefined when empty", () => {
    expect(toMemberFilter(NO_MEMBER_FILTERS)).toBeUndefined();
    expect(toMemberFilter(parse("state=CA&party=REPUBLICAN&chamber=SENATE&serving=2020-10-23&name=pad"))).toEqual({
      name: "pad",
      states: ["CA"],
      parties: ["REPUBLICAN"],
      chambers: ["SENATE"],
      servingOn: "2020-10-23",
    });
  });
});
