import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFragmentData } from "../gql";
import type { ExportCsv_SignatureFragment } from "../gql/graphql";
import { csvField } from "../lib/csv";
import { csvFilename, ExportCsv, ExportCsv_signature, signersCsv } from "./ExportCsv";
import { NO_FILTERS } from "./signer-filters";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const row = (over: Partial<ExportCsv_SignatureFragment>): ExportCsv_SignatureFragment => ({
  id: "1",
  position: 1,
  printedName: "Adam B. Schiff",
  role: "LEAD",
  party: "DEMOCRAT",
  state: "CA",
  district: 28,
  status: "MATCHED",
  member: { bioguideId: "S000344", fullName: "Adam Schiff" },
  ...over,
});

describe("signersCsv", () => {
  it("writes a header and one CRLF line per signer, in the order given", () => {
    const csv = signersCsv([
      row({}),
      row({
        id: "2",
        position: 2,
        printedName: "Don Young",
        role: "COSIGNER",
        party: "REPUBLICAN",
        state: "AK",
        district: 0,
        member: { bioguideId: "Y000033", fullName: "Don Young" },
      }),
    ]);
    expect(csv.split("\r\n")).toEqual([
      "Position,Printed name,Member,Bioguide ID,Role,Party,State,District,Match",
      "1,Adam B. Schiff,Adam Schiff,S000344,Lead,D,CA,28,Matched",
      "2,Don Young,Don Young,Y000033,Co-signer,R,AK,At-large,Matched",
      "",
    ]);
  });

  it("quotes commas, quotes and line breaks, and leaves unmatched members' fields empty", () => {
    const csv = signersCsv([
      row({ printedName: 'Robert C. "Bobby" Scott, Jr.', member: null, party: null, state: null, district: null, status: "UNMATCHED" }),
    ]);
    expect(csv.split("\r\n")[1]).toBe('1,"Robert C. ""Bobby"" Scott, Jr.",,,Lead,,,,Unmatched');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-3)).toBe("-3");
  });
});

describe("csvFilename", () => {
  it("names the letter's date and the filters", () => {
    expect(csvFilename("2020-10-23", NO_FILTERS)).toBe("signers-2020-10-23.csv");
    expect(csvFilename("2020-10-23", { states: ["CA"], parties: [], roles: [] })).toBe("signers-2020-10-23-CA.csv");
    expect(csvFilename("2020-10-23", { states: ["CA", "NY"], parties: ["DEMOCRAT"], roles: ["LEAD"] })).toBe(
      "signers-2020-10-23-CA-NY-D-lead.csv",
    );
  });
});

describe("<ExportCsv>", () => {
  it("downloads exactly the rows it is given", async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return "blob:test";
    });
    URL.revokeObjectURL = vi.fn();
    let download = "";
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      download = this.download;
    });
    const signatures = [
      row({}),
      row({ id: "2", position: 7, printedName: "Judy Chu", member: { bioguideId: "C001080", fullName: "Judy Chu" } }),
    ].map((r) => makeFragmentData(r, ExportCsv_signature));
    render(<ExportCsv signatures={signatures} sentOn="2020-10-23" filters={{ states: ["CA"], parties: [], roles: [] }} />);
    fireEvent.click(screen.getByRole("button", { name: "Export CSV (2)" }));
    expect(download).toBe("signers-2020-10-23-CA.csv");
    // jsdom's Blob has no text(); FileReader reads it.
    const raw = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    const text = raw.replace(/^\uFEFF/, "");
    expect(
      text
        .trim()
        .split("\r\n")
        .map((l) => l.split(",")[1]),
    ).toEqual(["Printed name", "Adam B. Schiff", "Judy Chu"]);
  });

  it("is disabled without rows", () => {
    render(<ExportCsv signatures={[]} sentOn="2020-10-23" filters={NO_FILTERS} />);
    expect((screen.getByRole("button", { name: /Export CSV/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
