import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { makeFragmentData } from "../gql";
import { SignerFilters, SignerFilters_letter } from "./SignerFilters";
import { useUrlState } from "../lib/use-url-state";
import { parseSignerFilters, serializeSignerFilters } from "./signer-filters";

afterEach(cleanup);

// As the server's breakdown lists them: largest first, unmatched names (null) included, roles with 0.
const letter = makeFragmentData(
  {
    id: "1",
    breakdown: {
      byState: [
        { state: "CA", count: 2 },
        { state: null, count: 1 },
        { state: "NY", count: 1 },
        { state: "FL", count: 1 },
      ],
      byParty: [
        { party: "DEMOCRAT", count: 3 },
        { party: "REPUBLICAN", count: 1 },
        { party: null, count: 1 },
      ],
      byRole: [
        { role: "COSIGNER", count: 4 },
        { role: "LEAD", count: 1 },
        { role: "SIGNER", count: 0 },
      ],
    },
  },
  SignerFilters_letter,
);

function Filters() {
  const [filters, setFilters] = useUrlState(parseSignerFilters, serializeSignerFilters);
  return <SignerFilters letter={letter} filters={filters} onChange={setFilters} />;
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: "/letters/:id", element: <Filters /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

const select = (name: string) => screen.getByLabelText(name) as HTMLSelectElement;

describe("signer filters in the URL", () => {
  it("lists the states, parties and roles present on the letter, with the breakdown's counts, in a fixed order", () => {
    renderAt("/letters/1");
    expect([...select("State").options].map((o) => o.text)).toEqual([
      "All states",
      "CA — California (2)",
      "FL — Florida (1)",
      "NY — New York (1)",
    ]);
    expect([...select("Party").options].map((o) => o.text)).toEqual(["All parties", "Democrat (D) (3)", "Republican (R) (1)"]);
    expect([...select("Role").options].map((o) => o.value)).toEqual(["", "LEAD", "COSIGNER"]);
    expect(select("Role").options[2].text).toContain("(4)");
  });

  it("shows the filters of the query string", () => {
    renderAt("/letters/1?state=CA&party=REPUBLICAN&role=LEAD");
    expect(select("State").value).toBe("CA");
    expect(select("Party").value).toBe("REPUBLICAN");
    expect(select("Role").value).toBe("LEAD");
  });

  it("writes a choice into the query string (filters in a fixed order) as a new history entry; back restores the previous one", async () => {
    const router = renderAt("/letters/1?role=COSIGNER");
    fireEvent.change(select("State"), { target: { value: "CA" } });
    expect(router.state.location.search).toBe("?state=CA&role=COSIGNER");
    expect(select("State").value).toBe("CA");

    fireEvent.change(select("Party"), { target: { value: "DEMOCRAT" } });
    expect(new URLSearchParams(router.state.location.search).getAll("party")).toEqual(["DEMOCRAT"]);

    await router.navigate(-1);
    expect(router.state.location.search).toBe("?state=CA&role=COSIGNER");
    expect(await screen.findByDisplayValue("All parties")).toBe(select("Party"));
  });

  it("shows several values from the URL as one choice, and clears them all", () => {
    const router = renderAt("/letters/1?state=CA&state=NY&party=DEMOCRAT");
    expect(select("State").selectedOptions[0].text).toBe("CA — California, NY — New York");
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(router.state.location.search).toBe("");
    expect(select("State").value).toBe("");
    expect((screen.getByRole("button", { name: "Clear filters" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("keeps a state from the URL that no signer has, so the select shows what is filtered", () => {
    renderAt("/letters/1?state=TX");
    expect(select("State").value).toBe("TX");
    expect(select("State").selectedOptions[0].text).toBe("TX — Texas (0)");
  });
});
