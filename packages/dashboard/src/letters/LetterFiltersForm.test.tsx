import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { makeFragmentData } from "../gql";
import { LetterFiltersForm, LetterFiltersForm_stats } from "./LetterFiltersForm";
import { useUrlState } from "../lib/use-url-state";
import { parseLetterFilters, serializeLetterFilters } from "./letter-filters";

afterEach(cleanup);

const stats = makeFragmentData(
  {
    byTopic: [
      { topic: "appropriations", letters: 2 },
      { topic: "sanctions", letters: 1 },
    ],
  },
  LetterFiltersForm_stats,
);

function Form() {
  const [filters, setFilters] = useUrlState(parseLetterFilters, serializeLetterFilters);
  return <LetterFiltersForm filters={filters} onChange={setFilters} stats={stats} />;
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: "/letters", element: <Form /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement & HTMLSelectElement;

describe("Letters filters in the URL", () => {
  it("shows every filter of the query string", () => {
    renderAt(
      "/letters?q=magnitsky&chamber=HOUSE&topic=sanctions&from=2020-01-01&to=2020-12-31&recipient=Pompeo&state=CA&party=REPUBLICAN&bipartisan=1&sort=signers",
    );
    expect(field("Search letters").value).toBe("magnitsky");
    expect(field("Chamber").value).toBe("HOUSE");
    expect(field("Topic").value).toBe("sanctions");
    expect(field("Sent from").value).toBe("2020-01-01");
    expect(field("Sent to").value).toBe("2020-12-31");
    expect(field("Recipient").value).toBe("Pompeo");
    expect(field("Signer state").value).toBe("CA");
    expect(field("Signer party").value).toBe("REPUBLICAN");
    expect((screen.getByRole("checkbox", { name: /Bipartisan only/ }) as HTMLInputElement).checked).toBe(true);
    expect(field("Sort").value).toBe("signers");
  });

  it("ignores invalid values: the controls show no filter", () => {
    renderAt("/letters?chamber=LORDS&state=ZZ&party=WHIG&from=2020-02-31x&sort=relevance&bipartisan=maybe");
    for (const label of ["Chamber", "Signer state", "Signer party", "Sent from"]) expect(field(label).value).toBe("");
    expect(field("Sort").value).toBe("date");
    expect((screen.getByRole("button", { name: "Clear filters" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("lists the topics with their letter counts, and keeps a linked topic no letter has", () => {
    renderAt("/letters?topic=whaling");
    expect([...field("Topic").options].map((o) => o.text)).toEqual(["Any topic", "whaling", "appropriations (2)", "sanctions (1)"]);
    expect(field("Topic").value).toBe("whaling");
  });

  it("lists the 50 states, DC and the territories", () => {
    renderAt("/letters");
    const codes = [...field("Signer state").options].map((o) => o.value).filter(Boolean);
    expect(codes).toHaveLength(56);
    expect(codes).toEqual(expect.arrayContaining(["CA", "DC", "PR", "GU", "VI", "AS", "MP"]));
  });

  it("writes each choice to the URL as a history entry; back restores the previous filters", async () => {
    const router = renderAt("/letters?topic=sanctions");
    fireEvent.change(field("Chamber"), { target: { value: "SENATE" } });
    expect(router.state.location.search).toBe("?chamber=SENATE&topic=sanctions");
    fireEvent.click(screen.getByRole("checkbox", { name: /Bipartisan only/ }));
    expect(router.state.location.search).toBe("?chamber=SENATE&topic=sanctions&bipartisan=1");

    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe("?chamber=SENATE&topic=sanctions");
    expect((screen.getByRole("checkbox", { name: /Bipartisan only/ }) as HTMLInputElement).checked).toBe(false);
    await act(() => router.navigate(-1));
    expect(field("Chamber").value).toBe("");
  });

  it("writes the search after a pause in typing, offers Best match with it, and back restores the box", async () => {
    const router = renderAt("/letters?chamber=HOUSE");
    expect([...field("Sort").options].map((o) => o.text)).toEqual(["Newest first", "Most signers"]);
    fireEvent.change(field("Search letters"), { target: { value: "  Magnitsky " } });
    expect(router.state.location.search).toBe("?chamber=HOUSE"); // not on every keystroke
    await waitFor(() => expect(router.state.location.search).toBe("?q=Magnitsky&chamber=HOUSE"));
    await screen.findByRole("option", { name: "Best match" });
    expect([...field("Sort").options].map((o) => o.text)).toEqual(["Newest first", "Most signers", "Best match"]);
    fireEvent.change(field("Sort"), { target: { value: "relevance" } });
    expect(router.state.location.search).toBe("?q=Magnitsky&chamber=HOUSE&sort=relevance");

    await act(() => router.navigate(-2));
    expect(router.state.location.search).toBe("?chamber=HOUSE");
    expect(field("Search letters").value).toBe("");
  });

  it("submits the search at once on Enter", () => {
    const router = renderAt("/letters");
    fireEvent.change(field("Recipient"), { target: { value: "Pompeo" } });
    fireEvent.submit(screen.getByRole("search"));
    expect(router.state.location.search).toBe("?recipient=Pompeo");
  });

  it("clears every filter but keeps the sort", () => {
    const router = renderAt("/letters?q=x&state=CA&party=DEMOCRAT&sort=signers");
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(router.state.location.search).toBe("?sort=signers");
    expect(field("Search letters").value).toBe("");
    expect(field("Signer state").value).toBe("");
  });
});
