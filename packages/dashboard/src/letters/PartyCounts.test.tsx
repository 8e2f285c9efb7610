import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { makeFragmentData } from "../gql";
import type { Party } from "../gql/graphql";
import { PartyCounts, PartyCounts_signature } from "./PartyCounts";

afterEach(cleanup);

const signatures = (parties: Array<Party | null>) =>
  parties.map((party, i) => makeFragmentData({ id: String(i), party }, PartyCounts_signature));

describe("<PartyCounts>", () => {
  it("shows each party's letter and count, largest first, with the total as text for screen readers", () => {
    const { container } = render(<PartyCounts signatures={signatures(["REPUBLICAN", "DEMOCRAT", "DEMOCRAT", "DEMOCRAT", null])} />);
    const figure = screen.getByRole("figure");
    expect(within(figure).getByText("Signers by party: D 3 · R 1 · ? 1")).toBeTruthy();
    const items = [...container.querySelectorAll(".party-counts__item")];
    expect(items.map((li) => li.textContent)).toEqual(["D3", "R1", "?1"]);
    // Colour and letter together: the D badge carries the Democratic tone.
    expect(items[0].querySelector(".party")?.className).toContain("party--dem");
    expect(items[1].querySelector(".party")?.className).toContain("party--rep");
  });

  it("draws bars in proportion to the share of signers", () => {
    const { container } = render(<PartyCounts signatures={signatures(["DEMOCRAT", "DEMOCRAT", "DEMOCRAT", "REPUBLICAN"])} />);
    const widths = [...container.querySelectorAll<HTMLElement>(".party-counts__bar")].map((b) => b.style.width);
    expect(widths).toEqual(["75%", "25%"]);
  });

  it("renders nothing without signers", () => {
    const { container } = render(<PartyCounts signatures={[]} />);
    expect(container.innerHTML).toBe("");
  });
});
