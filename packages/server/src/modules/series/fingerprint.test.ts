import { describe, expect, it } from "vitest";
import { randomBody } from "../importing/generator/generate-series";
import { fingerprint, HASHES, BANDS, jaccard, normalizeBody, similarity } from "./fingerprint";
import { findFollowUp, recipientKeys, shareRecipient } from "./follow-up";

describe("fingerprint", () => {
  it("reads new dates, amounts and ordinals as the same words", () => {
    expect(normalizeBody("On March 3rd, 2023 we asked for $40 million.")).toEqual(
      normalizeBody("On October 10th, 2024 we asked for $1,250,000."),
    );
    expect(normalizeBody("Café **ÉTÉ**")).toEqual(["cafe", "ete"]);
  });

  it("estimates Jaccard similarity within a few points", () => {
    const a = randomBody(1).join("\n\n");
    const b = [...randomBody(1).slice(0, 3), ...randomBody(2)].join("\n\n");
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    expect(fa.minhash).toHaveLength(HASHES);
    expect(fa.bands).toHaveLength(BANDS);
    expect(Math.abs(similarity(fa.minhash, fb.minhash) - jaccard(a, b))).toBeLessThan(0.15);
    expect(similarity(fa.minhash, fingerprint(a).minhash)).toBe(1);
    expect(similarity(fa.minhash, fingerprint(randomBody(3).join(" ")).minhash)).toBeLessThan(0.36);
  });
});

describe("follow-up references", () => {
  it("finds a printed date or a year before the letter's own", () => {
    expect(findFollowUp("We wrote to you on March 3, 2023 about this. Nothing changed.", "2024-02-01")).toMatchObject({
      date: "2023-03-03",
    });
    expect(findFollowUp("In our letter of 3/3/2023, we asked for help.", "2024-02-01")).toMatchObject({ date: "2023-03-03" });
    expect(findFollowUp("As we wrote last year, the program matters.", "2024-02-01")).toMatchObject({ date: null, year: 2023 });
    expect(findFollowUp("We urge you to act by March 3, 2024.", "2024-02-01")).toBeNull();
    expect(findFollowUp("We wrote to you on March 3, 2025.", "2024-02-01")).toBeNull();
  });

  it("compares recipients by folded name or office", () => {
    const a = recipientKeys([{ name: "The Honorable Jordan Avery", organization: "U.S. Department of Transportation" }]);
    expect(shareRecipient(a, recipientKeys([{ name: "Hon. Jordan Avery" }]))).toBe(true);
    expect(shareRecipient(a, recipientKeys([{ name: "Casey Whitfield", organization: "U.S. Department of Veterans Affairs" }]))).toBe(
      false,
    );
  });
});
