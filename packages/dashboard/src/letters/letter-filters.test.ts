import { describe, expect, it } from "vitest";
import {
  activeLetterFilters,
  NO_LETTER_FILTERS,
  parseLetterFilters,
  serializeLetterFilters,
  toLetterFilter,
  toLetterOrder,
  type LetterFilters,
} from "./letter-filters";

const parse = (qs: string) => parseLetterFilters(new URLSearchParams(qs));

const ALL =
  "q=magnitsky&from=2020-01-01&to=2021-12-31&chamber=HOUSE&topic=sanctions&recipient=Pompeo&state=CA&party=REPUBLICAN&bipartisan=1&sort=signers";

describe("parseLetterFilters", () => {
  it("reads every filter and the sort", () => {
    expect(parse(ALL)).toEqual({
      q: "magnitsky",
      from: "2020-01-01",
      to: "2021-12-31",
      chamber: "HOUSE",
      topic: "sanctions",
      recipient: "Pompeo",
      state: "CA",
      party: "REPUBLICAN",
      bipartisan: true,
      sort: "signers",
    });
  });

  it("accepts lower case codes and tidies spaces", () => {
    expect(
      parse("chamber=senate&state=%20ny%20&party=democrat&topic=Human-Rights&q=%20global%20%20magnitsky%20&bipartisan=true"),
    ).toMatchObject({
      chamber: "SENATE",
      state: "NY",
      party: "DEMOCRAT",
      topic: "human-rights",
      q: "global magnitsky",
      bipartisan: true,
    });
  });

  it("drops values the API would reject", () => {
    expect(
      parse("from=2020-13-45&to=yesterday&chamber=LORDS&state=ZZ&party=WHIG&bipartisan=yes&sort=alphabetical&q=&recipient=%20"),
    ).toEqual(NO_LETTER_FILTERS);
    expect(parse("state=California").state).toBe("");
    expect(parse("state=PI").state).toBe(""); // a historical territory sends nobody today
    expect(parse("state=PR").state).toBe("PR");
  });

  it("takes best match only with a search", () => {
    expect(parse("sort=relevance").sort).toBe("date");
    expect(parse("q=sanctions&sort=relevance").sort).toBe("relevance");
  });

  it("keeps a topic from a topic chip link (/letters?topic=x)", () => {
    expect(parse("topic=sanctions")).toEqual({ ...NO_LETTER_FILTERS, topic: "sanctions" });
  });
});

describe("serializeLetterFilters", () => {
  it("writes the filters in a fixed order, leaving defaults out", () => {
    const f: LetterFilters = {
      ...NO_LETTER_FILTERS,
      party: "REPUBLICAN",
      q: "magnitsky",
      chamber: "HOUSE",
      bipartisan: true,
      sort: "signers",
    };
    expect(serializeLetterFilters(f).toString()).toBe("q=magnitsky&chamber=HOUSE&party=REPUBLICAN&bipartisan=1&sort=signers");
    expect(serializeLetterFilters(NO_LETTER_FILTERS).toString()).toBe("");
  });

  it("drops best match when the search is emptied", () => {
    expect(serializeLetterFilters({ ...NO_LETTER_FILTERS, sort: "relevance" }).toString()).toBe("");
    expect(serializeLetterFilters({ ...NO_LETTER_FILTERS, q: "x", sort: "relevance" }).toString()).toBe("q=x&sort=relevance");
  });

  it("round-trips through the query string", () => {
    expect(serializeLetterFilters(parse(ALL)).toString()).toBe(ALL);
    const f: LetterFilters = { ...parse(ALL), sort: "relevance", bipartisan: false };
    expect(parseLetterFilters(serializeLetterFilters(f))).toEqual(f);
  });
});

describe("toLetterFilter and toLetterOrder", () => {
  it("is undefined when nothing is filtered, so the unfiltered list is one cache entry", () => {
    expect(toLetterFilter(NO_LETTER_FILTERS)).toBeUndefined();
    expect(toLetterOrder(NO_LETTER_FILTERS)).toBe("DATE");
  });

  it("maps every filter to the API's LetterFilter", () => {
    expect(toLetterFilter(parse(ALL))).toEqual({
      search: "magnitsky",
      dateFrom: "2020-01-01",
      dateTo: "2021-12-31",
      chamber: "HOUSE",
      topic: "sanctions",
      recipient: "Pompeo",
      signerStates: ["CA"],
      signerParties: ["REPUBLICAN"],
      bipartisan: true,
    });
    expect(toLetterOrder(parse(ALL))).toBe("SIGNER_COUNT");
    expect(toLetterOrder(parse("q=x&sort=relevance"))).toBe("RELEVANCE");
  });
});

describe("activeLetterFilters", () => {
  it("names each filter to relax, and how the filters look without it", () => {
    const active = activeLetterFilters(parse("q=x&chamber=SENATE&state=CA&sort=relevance"));
    expect(active.map((a) => a.label)).toEqual(["search “x”", "chamber: Senate", "signer from California"]);
    expect(active[0].without).toEqual({ ...NO_LETTER_FILTERS, chamber: "SENATE", state: "CA" }); // best match goes with the search
    expect(active[1].without).toMatchObject({ q: "x", chamber: "", sort: "relevance" });
  });

  it("does not count the sort as a filter", () => {
    expect(activeLetterFilters(parse("sort=signers"))).toEqual([]);
  });
});
