import { describe, expect, it } from "vitest";
import { findSharedDir, readRealLetters } from "../generator/shared-data";
import { LetterParseError, parseLetter, subjectOf } from "./parse-letter";

const shared = findSharedDir();

describe.skipIf(!shared)("parseLetter on the real letters", () => {
  const letters = shared ? readRealLetters(shared) : [];

  it("finds the letters", () => {
    expect(letters.length).toBeGreaterThanOrEqual(6);
  });

  for (const { name, text, expected } of letters) {
    describe(name, () => {
      const parsed = parseLetter(text);

      it("reads date and chamber", () => {
        expect(parsed.date).toBe(expected.date);
        expect(parsed.chamber).toBe(expected.chamber);
      });

      it("reads the recipients", () => {
        expect(parsed.recipients.map((r) => ({ name: r.name, title: r.title }))).toEqual(expected.recipients);
      });

      it("reads every signer, with role, in document order", () => {
        expect(parsed.signers.map((s) => [s.printed, s.role])).toEqual(expected.signers.map((s) => [s.printed, s.role]));
        expect(parsed.signers.map((s) => s.position)).toEqual(expected.signers.map((_, i) => i + 1));
      });

      it("points each signer at the line of its name", () => {
        const lines = text.split(/\r\n|\r|\n/);
        for (const s of parsed.signers) expect(lines[s.line - 1]).toContain(s.printed.split(" ").at(-1)!.replace(/,$/, ""));
      });

      it("keeps the body between salutation and closing, without markup", () => {
        expect(parsed.body.length).toBeGreaterThan(100);
        expect(parsed.body).not.toMatch(/<sup>|Sincerely|\*\*/);
        expect(parsed.salutation).toBeTruthy();
        expect(parsed.warnings).toEqual([]);
      });
    });
  }
});

describe("parseLetter on the seed letter's details", () => {
  it.skipIf(!shared)("reads the full Pompeo recipient and a title", () => {
    const seed = readRealLetters(shared!).find((l) => l.name === "2020-10-23-house-pompeo-artsakh")!;
    const parsed = parseLetter(seed.text);
    expect(parsed.recipients).toEqual([
      {
        name: "Mike Pompeo",
        title: "Secretary of State",
        organization: "U.S. Department of State",
        address: "2201 C Street, N.W., Washington, D.C. 20520",
      },
    ]);
    expect(parsed.title).toBe("Concern over Azerbaijan's ongoing military offensive against the people of Artsakh (Nagorno-Karabakh)");
    expect(parsed.salutation).toBe("Secretary Pompeo,");
    expect(parsed.body).toContain("Since September 27th, Azeri shelling");
    expect(parsed.signers.filter((s) => s.role === "LEAD")).toHaveLength(4);
    expect(parsed.signers.every((s) => s.chamber === "HOUSE" && s.title === "MEMBER OF CONGRESS")).toBe(true);
  });
});

/** A small letter around a signature section, for layout tests. */
const letter = (signatures: string, head = "Congress of the United States\nWashington, DC 20515\n\nMarch 3, 2021") =>
  `${head}

The Honorable Jane Doe
Administrator
Environmental Protection Agency
1200 Pennsylvania Avenue, N.W.
Washington, D.C. 20460

Dear Administrator Doe:

We write about a matter of some importance to our constituents.

Sincerely,

${signatures}
`;

const printed = (text: string) => parseLetter(text).signers.map((s) => s.printed);

describe("parseLetter signature layouts", () => {
  it("reads one signature per line with titles, all SIGNER", () => {
    const parsed = parseLetter(letter("Ann Smith\nMember of Congress\n\nBob Jones\nMember of Congress"));
    expect(parsed.signers).toEqual([
      { printed: "Ann Smith", role: "SIGNER", position: 1, chamber: "HOUSE", title: "Member of Congress", line: 18 },
      { printed: "Bob Jones", role: "SIGNER", position: 2, chamber: "HOUSE", title: "Member of Congress", line: 21 },
    ]);
  });

  it("reads blocks with no blank line between them", () => {
    expect(printed(letter("Ann Smith\nMember of Congress\nBob Jones\nMember of Congress\nCal Brown\nDelegate"))).toEqual([
      "Ann Smith",
      "Bob Jones",
      "Cal Brown",
    ]);
  });

  it("reads three columns row by row, left to right", () => {
    const text = letter(
      [
        "Ann Smith              Bob Jones              Cal Brown",
        "Member of Congress     Member of Congress     Member of Congress",
        "",
        "Dee Green              Eve White",
        "Member of Congress     Member of Congress",
      ].join("\n"),
    );
    const parsed = parseLetter(text);
    expect(parsed.signers.map((s) => s.printed)).toEqual(["Ann Smith", "Bob Jones", "Cal Brown", "Dee Green", "Eve White"]);
    expect(parsed.signers.map((s) => s.line)).toEqual([18, 18, 18, 21, 21]);
  });

  it("reads two columns of several rows in one stanza, and a lone right-hand signature", () => {
    const text = letter(
      [
        "Ann Smith                    Bob Jones",
        "United States Senator        United States Senator",
        "Cal Brown                    Dee Green",
        "Member of Congress           Member of Congress",
        "",
        "                             Eve White",
        "                             Member of Congress",
      ].join("\n"),
    );
    const parsed = parseLetter(text);
    expect(parsed.signers.map((s) => s.printed)).toEqual(["Ann Smith", "Bob Jones", "Cal Brown", "Dee Green", "Eve White"]);
    expect(parsed.signers.map((s) => s.chamber)).toEqual(["SENATE", "SENATE", "HOUSE", "HOUSE", "HOUSE"]);
    expect(parsed.chamber).toBe("BICAMERAL");
  });

  it("reads signature lines, markdown bold and italics, and trailing line breaks", () => {
    const text = letter("______________________\n**Ann Smith**  \nMEMBER OF CONGRESS  \n\n---\n\n*Bob Jones*  \nMEMBER OF CONGRESS");
    expect(printed(text)).toEqual(["Ann Smith", "Bob Jones"]);
  });

  it("keeps multi-line committee titles with their signer", () => {
    const text = letter(
      "Ann Smith\nRanking Member\nCommittee on Foreign Affairs\n\nBob Jones\nChairman, Subcommittee on Africa, Global Health,\nand Global Human Rights",
    );
    const parsed = parseLetter(text);
    expect(parsed.signers.map((s) => s.title)).toEqual([
      "Ranking Member, Committee on Foreign Affairs",
      "Chairman, Subcommittee on Africa, Global Health, and Global Human Rights",
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it("skips page numbers and footers between signatures", () => {
    const text = letter(
      "Ann Smith\nMember of Congress\n\nPage 2 of 3\n\nBob Jones\nMember of Congress\n\n2\n\nCal Brown\nResident Commissioner",
    );
    const parsed = parseLetter(text);
    expect(parsed.signers.map((s) => s.printed)).toEqual(["Ann Smith", "Bob Jones", "Cal Brown"]);
    expect(parsed.warnings).toEqual([]);
  });

  it.each(["Co-Signers:", "Cosigned by:", "Additional signers:", "Also signed by", "**Co-Signers:**"])(
    "splits LEAD from COSIGNER at %s",
    (divider) => {
      const text = letter(
        `Ann Smith\nMember of Congress\n\nBob Jones\nMember of Congress\n\n${divider}\n\nCal Brown\nMember of Congress\nDee Green\nMember of Congress`,
      );
      expect(parseLetter(text).signers.map((s) => s.role)).toEqual(["LEAD", "LEAD", "COSIGNER", "COSIGNER"]);
    },
  );

  it("reads a bare surname over a title as a signer, but not a lone word", () => {
    const parsed = parseLetter(letter("Scott\nMember of Congress\n\nBob Jones\nMember of Congress\n\nAttachment"));
    expect(parsed.signers.map((s) => s.printed)).toEqual(["Scott", "Bob Jones"]);
  });

  it("keeps suffixes, nicknames and accents in printed names", () => {
    const text = letter(
      'Henry C. "Hank" Johnson, Jr.\nMember of Congress\n\nTony Cárdenas\nMember of Congress\n\nNeal P. Dunn, M.D.\nMember of Congress',
    );
    expect(printed(text)).toEqual(['Henry C. "Hank" Johnson, Jr.', "Tony Cárdenas", "Neal P. Dunn, M.D."]);
  });

  it("warns about a line it cannot place, and stops at a cc list", () => {
    const text = letter("Ann Smith\nMember of Congress\n\n(see attached list 4)\n\ncc: The Honorable Some One");
    const parsed = parseLetter(text);
    expect(parsed.signers.map((s) => s.printed)).toEqual(["Ann Smith"]);
    expect(parsed.warnings).toEqual(['Line 21: "(see attached list 4)" could not be placed in a signature block']);
  });

  it("finds signatures without a closing", () => {
    const text = letter("Ann Smith\nU.S. Senator\n\nBob Jones\nU.S. Senator").replace("Sincerely,\n", "");
    const parsed = parseLetter(text);
    expect(parsed.signers.map((s) => s.printed)).toEqual(["Ann Smith", "Bob Jones"]);
    expect(parsed.chamber).toBe("SENATE");
    expect(parsed.warnings).toHaveLength(1);
  });
});

describe("parseLetter heading", () => {
  const sig = "Ann Smith\nMember of Congress";

  it.each([
    ["October 23, 2020", "2020-10-23"],
    ["Oct. 23, 2020", "2020-10-23"],
    ["Sept. 9, 2019", "2019-09-09"],
    ["10/23/2020", "2020-10-23"],
    ["23 October 2020", "2020-10-23"],
    ["October 23rd, 2020", "2020-10-23"],
    ["October 23<sup>rd</sup>, 2020", "2020-10-23"],
    ["OCTOBER 1ST, 2020", "2020-10-01"],
    ["2020-10-23", "2020-10-23"],
    ["Washington, DC — February 13, 2019", "2019-02-13"],
  ])("reads the date %s", (printedDate, iso) => {
    expect(parseLetter(letter(sig, `Congress of the United States\n\n${printedDate}`)).date).toBe(iso);
  });

  it("takes the first date, not one in the body", () => {
    const text = letter(sig, "Congress of the United States\n\nJune 1, 2021").replace("of some importance", "of June 5, 2021");
    expect(parseLetter(text).date).toBe("2021-06-01");
  });

  it.each([
    ["United States Senate\nWashington, DC 20510", "Ann Smith\nChair, Committee on Finance", "SENATE"],
    ["Congress of the United States\nHouse of Representatives", "Ann Smith\nChair, Committee on Finance", "HOUSE"],
    ["Committee on Foreign Affairs\nU.S. House of Representatives", "Ann Smith\nRanking Member", "HOUSE"],
    ["United States Senate\nHouse of Representatives", "Ann Smith\nMember of Congress", "BICAMERAL"],
    ["Congressional Hispanic Caucus", "Ann Smith\nUnited States Senator\n\nBob Jones\nMember of Congress", "BICAMERAL"],
    ["Congressional Hispanic Caucus", "Ann Smith\nUnited States Senator", "SENATE"],
  ])("reads the chamber from letterhead %j and titles", (head, signatures, chamber) => {
    expect(parseLetter(letter(signatures, `${head}\n\nMay 4, 2022`)).chamber).toBe(chamber);
  });

  it("reads side-by-side recipients and a subject line", () => {
    const head = [
      "United States Senate",
      "",
      "April 2, 2019",
      "",
      "The Honorable Mitch McConnell          The Honorable Charles E. Schumer",
      "Majority Leader                        Minority Leader",
      "United States Senate                   United States Senate",
      "",
      "Re: Disaster supplemental appropriations",
    ].join("\n");
    const text = `${head}\n\nDear Leader McConnell and Leader Schumer:\n\nWe write.\n\nSincerely,\n\nAnn Smith\nUnited States Senator\n`;
    const parsed = parseLetter(text);
    expect(parsed.recipients).toEqual([
      { name: "Mitch McConnell", title: "Majority Leader", organization: "United States Senate", address: null },
      { name: "Charles E. Schumer", title: "Minority Leader", organization: "United States Senate", address: null },
    ]);
    expect(parsed.title).toBe("Disaster supplemental appropriations");
  });

  it("reads a title printed before the recipient's name", () => {
    const text = letter(sig, "Congress of the United States\n\nMay 4, 2022").replace(
      /The Honorable Jane Doe\n[^]*?20460/,
      "President Donald J. Trump\nThe White House",
    );
    const parsed = parseLetter(text);
    expect(parsed.recipients).toEqual([{ name: "Donald J. Trump", title: "President", organization: "The White House", address: null }]);
    expect(parsed.title).toBe("Letter to Donald J. Trump, President");
  });

  it("keeps the body as paragraphs of plain text", () => {
    const text = letter(sig).replace("We write about a matter", "We write on the 5<sup>th</sup> about\na **matter**");
    expect(parseLetter(text).body).toBe("We write on the 5th about a matter of some importance to our constituents.");
  });
});

describe("parseLetter errors", () => {
  const codeOf = (text: string) => {
    try {
      parseLetter(text);
    } catch (e) {
      expect(e).toBeInstanceOf(LetterParseError);
      return { code: (e as LetterParseError).code, message: (e as Error).message, line: (e as LetterParseError).line };
    }
    throw new Error("expected a LetterParseError");
  };

  it("rejects empty text", () => {
    expect(codeOf("").code).toBe("EMPTY");
    expect(codeOf(" \n\t\n ").code).toBe("EMPTY");
  });

  it("rejects binary content", () => {
    expect(codeOf("%PDF-1.7\u0000\u0001\u0002 stream").code).toBe("BINARY");
    expect(codeOf("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008").code).toBe("BINARY");
  });

  it("rejects text over 2 MB", () => {
    expect(codeOf("a".repeat(2 * 1024 * 1024 + 1)).code).toBe("TOO_LARGE");
  });

  it("names the missing date, with the salutation's line", () => {
    const e = codeOf(letter("Ann Smith\nMember of Congress", "Congress of the United States"));
    expect(e).toEqual({
      code: "NO_DATE",
      message: "No date found: expected a line like 'October 23, 2020' before the salutation",
      line: 9,
    });
  });

  it("names the missing signatures", () => {
    const e = codeOf(letter("With warm wishes to all of you from all of us."));
    expect(e.code).toBe("NO_SIGNERS");
    expect(e.message).toMatch(/^No signers found: expected names over titles like 'Member of Congress'/);
    expect(e.line).toBe(16);
    expect(codeOf("March 3, 2021\n\nDear Friend:\n\nHello there.").code).toBe("NO_SIGNERS");
  });
});

describe("subjectOf", () => {
  it("turns the usual openings into a subject", () => {
    expect(subjectOf("We write to express our deep concern about the closure of the consulate. More text.")).toBe(
      "Concern over the closure of the consulate",
    );
    expect(subjectOf("As members of the Committee on Finance, we write in support of the bill.")).toBe("Support for the bill");
    expect(subjectOf("We respectfully urge you to reconsider the rule.")).toBe("Request: reconsider the rule");
    expect(subjectOf("We write to oppose the proposed cuts.")).toBe("Opposition to the proposed cuts");
  });

  it("gives nothing for other openings, rather than a wrong subject", () => {
    expect(subjectOf("Thank you for your service to the nation.")).toBeNull();
    expect(subjectOf("")).toBeNull();
  });
});
