import { MockedProvider } from "@apollo/client/testing";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFragmentData } from "../gql";
import { ImportPreview, ImportPreview_preview } from "./ImportPreview";
import type { Picks } from "./PreviewSigners";

afterEach(cleanup);

const signer = (
  position: number,
  printedName: string,
  status: "MATCHED" | "AMBIGUOUS",
  member: { bioguideId: string; fullName: string } | null,
) => ({
  position,
  printedName,
  role: "SIGNER" as const,
  status,
  confidence: status === "MATCHED" ? 1 : 0.5,
  party: member ? ("DEMOCRAT" as const) : null,
  state: member ? "CA" : null,
  district: member ? 30 : null,
  member,
  candidates:
    status === "AMBIGUOUS"
      ? [
          {
            bioguideId: "J000001",
            score: 0.6,
            member: { bioguideId: "J000001", fullName: "Pat Jones", party: "DEMOCRAT" as const, state: "NY" },
          },
          {
            bioguideId: "J000002",
            score: 0.5,
            member: { bioguideId: "J000002", fullName: "Sam Jones", party: "REPUBLICAN" as const, state: "TX" },
          },
        ]
      : [],
});

const preview = (existingLetter: { id: string; title: string } | null) =>
  makeFragmentData(
    {
      title: "On disaster relief",
      sentOn: "2019-02-13",
      chamber: "SENATE",
      needsReview: 1,
      warnings: ["Line 40: a signature without a name"],
      topics: ["disaster-relief"],
      recipients: [{ name: "Mitch McConnell", title: "Majority Leader" }],
      existingLetter,
      signatures: [
        signer(1, "Brad Sherman", "MATCHED", { bioguideId: "S000344", fullName: "Brad Sherman" }),
        signer(2, "Jones", "AMBIGUOUS", null),
      ],
    },
    ImportPreview_preview,
  );

function Harness(props: { existing?: { id: string; title: string }; onSave?: () => void }) {
  const [picks, setPicks] = useState<Picks>({});
  return (
    <MockedProvider mocks={[]}>
      <MemoryRouter>
        <ImportPreview
          preview={preview(props.existing ?? null)}
          picks={picks}
          onPick={(position, id) => setPicks((p) => ({ ...p, [position]: id }))}
          saving={false}
          saveError={null}
          onSave={props.onSave ?? (() => undefined)}
        />
      </MemoryRouter>
    </MockedProvider>
  );
}

describe("<ImportPreview>", () => {
  it("shows the letter, the parser's warnings and every signer; a doubtful one gets a picker, and picking counts it", () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    expect(screen.getByRole("heading", { name: "On disaster relief" })).toBeTruthy();
    expect(screen.getByText(/to Mitch McConnell · 2 signers · topics: disaster-relief/)).toBeTruthy();
    expect(screen.getByText("Line 40: a signature without a name")).toBeTruthy();
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.querySelector("th")?.textContent)).toEqual(["Brad Sherman", "Jones"]);
    expect(rows[1].className).toBe("row--attention");

    fireEvent.change(screen.getByLabelText("Member for “Jones”"), { target: { value: "J000002" } });
    expect(screen.getByText(/1 name will be confirmed as you picked/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save letter" }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it("says when the letter is already stored, links it and does not offer to save", () => {
    render(<Harness existing={{ id: "L1", title: "Stored before" }} />);
    expect(screen.getByRole("link", { name: "Stored before" }).getAttribute("href")).toBe("/letters/L1");
    expect((screen.getByRole("button", { name: "Already imported" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
