import { act, cleanup, render } from "@testing-library/react";
import { useEffect } from "react";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { parseLetterFilters, serializeLetterFilters } from "../letters/letter-filters";
import { parseSignerFilters, serializeSignerFilters } from "../letters/signer-filters";
import { textParam, textParams, useUrlState, type SetUrlState } from "./use-url-state";

afterEach(cleanup);

/** Mounts `useHook` at `url` and hands back the router and the hook's latest result. */
function mount<T>(url: string, useHook: () => T) {
  const latest: { current: T | undefined; renders: number } = { current: undefined, renders: 0 };
  function Probe() {
    latest.current = useHook();
    latest.renders += 1;
    return null;
  }
  const router = createMemoryRouter([{ path: "*", element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return { router, latest, search: () => router.state.location.search };
}

describe("useUrlState", () => {
  it("reads one parameter and writes it, keeping the others, as a history entry", async () => {
    const { router, latest, search } = mount("/states/CA?on=2020-01-03&x=1", () => useUrlState(...textParam("on")));
    expect(latest.current![0]).toBe("2020-01-03");
    act(() => latest.current![1]("2021-05-06"));
    expect(search()).toBe("?on=2021-05-06&x=1");
    expect(latest.current![0]).toBe("2021-05-06");
    act(() => latest.current![1](""));
    expect(search()).toBe("?x=1");
    await act(() => router.navigate(-1));
    expect(latest.current![0]).toBe("2021-05-06");
    await act(() => router.navigate(-1));
    expect(latest.current![0]).toBe("2020-01-03");
  });

  it("replaces the history entry when asked, per call or by default", async () => {
    const { router, latest, search } = mount("/start", () => useUrlState(...textParams("sort", "dir"), { replace: true }));
    await act(() => router.navigate("/series/1?sort=name"));
    act(() => latest.current![1]((prev) => ({ ...prev, dir: "desc" })));
    expect(search()).toBe("?sort=name&dir=desc");
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe("/start");
  });

  it("applies two updaters called in one event on top of each other", () => {
    const { latest, search } = mount("/series/1", () => useUrlState(...textParams("party", "state")));
    act(() => {
      const set = latest.current![1];
      set((prev) => ({ ...prev, party: "DEMOCRAT" }));
      set((prev) => ({ ...prev, state: "CA" }));
    });
    expect(search()).toBe("?party=DEMOCRAT&state=CA");
    expect(latest.current![0]).toEqual({ party: "DEMOCRAT", state: "CA" });
  });

  it("keeps the Letters view's URL format: a serializer that owns the whole query string drops stray parameters", () => {
    const { latest, search } = mount("/letters?q=magnitsky&junk=1", () => useUrlState(parseLetterFilters, serializeLetterFilters));
    expect(latest.current![0].q).toBe("magnitsky");
    act(() => latest.current![1]((f) => ({ ...f, state: "CA", party: "REPUBLICAN", bipartisan: true, sort: "signers" })));
    expect(search()).toBe("?q=magnitsky&state=CA&party=REPUBLICAN&bipartisan=1&sort=signers");
  });

  it("keeps the Letter page's URL format: repeated signer filters next to the page's other parameters", () => {
    const { latest, search } = mount("/letters/L1?gap=committee:HSFA&state=NY", () =>
      useUrlState(parseSignerFilters, serializeSignerFilters),
    );
    expect(latest.current![0].states).toEqual(["NY"]);
    act(() => latest.current![1]({ states: ["CA", "NY"], parties: ["DEMOCRAT"], roles: [] }));
    expect(search()).toBe("?gap=committee%3AHSFA&state=CA&state=NY&party=DEMOCRAT");
  });

  it("drops what the parser rejects, so a hand-edited link still opens", () => {
    const { latest } = mount("/letters?state=ZZ&party=WHIG&sort=relevance", () => useUrlState(parseLetterFilters, serializeLetterFilters));
    expect(latest.current![0]).toMatchObject({ state: "", party: "", sort: "date" });
  });

  it("keeps the same value and setter between renders while the URL stays the same", () => {
    const seen: Array<{ value: unknown; set: SetUrlState<unknown> }> = [];
    let effects = 0;
    const { latest } = mount("/letters?q=a", () => {
      const [value, set] = useUrlState(parseLetterFilters, serializeLetterFilters);
      seen.push({ value, set: set as SetUrlState<unknown> });
      useEffect(() => {
        effects += 1;
      }, [value]);
      return useUrlState(...textParam("unused"));
    });
    act(() => latest.current![1](""));
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen.map((s) => s.value)).size).toBe(1);
    expect(new Set(seen.map((s) => s.set)).size).toBe(1);
    expect(effects).toBe(1);
  });
});
