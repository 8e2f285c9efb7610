import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useCallback } from "react";
import { createMemoryRouter, RouterProvider, useSearchParams } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { useUrlText } from "./use-url-text";

afterEach(cleanup);

/** A name box like the Members view's: written to ?name= on Enter. */
function NameBox() {
  const [params, setParams] = useSearchParams();
  const commit = useCallback((name: string) => setParams(name ? { name } : {}), [setParams]);
  const { draft, setDraft, flush } = useUrlText(params.get("name") ?? "", commit, null);
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        flush();
      }}
    >
      <label htmlFor="n">Name</label>
      <input id="n" value={draft} onChange={(e) => setDraft(e.target.value)} />
    </form>
  );
}

describe("useUrlText", () => {
  it("writes on Enter and shows the URL's value again after back and forward", async () => {
    const router = createMemoryRouter([{ path: "/members", element: <NameBox /> }], { initialEntries: ["/members?name=Sherman"] });
    render(<RouterProvider router={router} />);
    const box = screen.getByLabelText("Name") as HTMLInputElement;
    expect(box.value).toBe("Sherman");

    fireEvent.change(box, { target: { value: "Pelosi " } });
    expect(router.state.location.search).toBe("?name=Sherman");
    fireEvent.submit(screen.getByRole("search"));
    expect(router.state.location.search).toBe("?name=Pelosi");
    expect(box.value).toBe("Pelosi ");

    await act(() => router.navigate(-1));
    expect(box.value).toBe("Sherman");
    await act(() => router.navigate(1));
    expect(box.value).toBe("Pelosi");
  });
});
