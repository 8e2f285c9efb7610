import { describe, expect, it } from "vitest";
import { hasFilters, NO_FILTERS, parseSignerFilters, serializeSignerFilters, toSignatureFilter } from "./signer-filters";

const parse = (qs: string) => parseSignerFilters(new URLSearchParams(qs));

describe("parseSignerFilters", () => {
  it("reads state, party and role", () => {
    expect(parse("?state=CA&party=REPUBLICAN&role=LEAD")).toEqual({
      states: ["CA"],
      parties: ["REPUBLICAN"],
      roles: ["LEAD"],
    });
  });

  it("reads several values of one filter from repeated parameters, in order, without duplicates", () => {
    expect(parse("state=CA&state=ny&state=CA&party=DEMOCRAT&party=INDEPENDENT")).toEqual({
      states: ["CA", "NY"],
      parties: ["DEMOCRAT", "INDEPENDENT"],
      roles: [],
    });
  });

  it("accepts lower case and surrounding spaces", () => {
    expect(parse("state=%20ma%20&party=democrat&role=cosigner")).toEqual({
      states: ["MA"],
      parties: ["DEMOCRAT"],
      roles: ["COSIGNER"],
    });
  });

  it("drops values the API would reject, including comma lists", () => {
    expect(parse("state=California&state=CA,NY&party=WHIG&role=BOSS&state=")).toEqual(NO_FILTERS);
  });

  it("is empty without parameters", () => {
    expect(parse("")).toEqual(NO_FILTERS);
    expect(hasFilters(parse("sort=name"))).toBe(false);
  });
});

describe("serializeSignerFilters", () => {
  it("writes one repeated parameter per value", () => {
    const params = serializeSignerFilters({ states: ["CA", "NY"], parties: ["REPUBLICAN"], roles: ["LEAD"] });
    expect(params.toString()).toBe("state=CA&state=NY&party=REPUBLICAN&role=LEAD");
  });

  it("keeps unrelated parameters and removes emptied filters", () => {
    const base = new URLSearchParams("tab=signers&state=CA&party=DEMOCRAT");
    const params = serializeSignerFilters({ states: [], parties: ["REPUBLICAN"], roles: [] }, base);
    expect(params.toString()).toBe("tab=signers&party=REPUBLICAN");
    expect(base.toString()).toBe("tab=signers&state=CA&party=DEMOCRAT"); // not mutated
  });

  it("round-trips through the query string", () => {
    const filters = { states: ["DC", "PR"], parties: ["DEMOCRAT" as const], roles: ["COSIGNER" as const, "LEAD" as const] };
    expect(parseSignerFilters(serializeSignerFilters(filters))).toEqual(filters);
  });
});

describe("toSignatureFilter", () => {
  it("is undefined when nothing is filtered, so the unfiltered list is one cache entry", () => {
    expect(toSignatureFilter(NO_FILTERS)).toBeUndefined();
  });

  it("leaves out empty lists", () => {
    expect(toSignatureFilter({ states: ["CA"], parties: [], roles: ["LEAD"] })).toEqual({ states: ["CA"], roles: ["LEAD"] });
  });
});
