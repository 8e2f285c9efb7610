import { describe, expect, it } from "vitest";
import { shortTitle, TITLE_MAX } from "./title";

describe("shortTitle", () => {
  it("keeps short titles", () => {
    expect(shortTitle("Letter to Antony J. Blinken, Secretary of State")).toBe("Letter to Antony J. Blinken, Secretary of State");
  });

  it("cuts a long title at a phrase boundary, never mid-word, without a dangling word or ellipsis", () => {
    const long =
      "Concern over several bills recently introduced in the General Assembly that would change how Georgians vote in every future election…";
    const t = shortTitle(long);
    expect(t.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(t).toBe("Concern over several bills recently introduced in the General Assembly");
    expect(long.startsWith(t)).toBe(true);
  });

  it("without a boundary, cuts at the last whole word", () => {
    const t = shortTitle(`Request: ${"supercalifragilistic ".repeat(8)}`);
    expect(t.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(t.endsWith("supercalifragilistic")).toBe(true);
  });

  it("drops a trailing article or preposition left by the cut", () => {
    expect(shortTitle("Support for the reauthorization of the program and the")).toBe("Support for the reauthorization of the program");
  });
});
