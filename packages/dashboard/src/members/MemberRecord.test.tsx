import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFragmentData } from "../gql";
import { MemberRecord, MemberRecord_member, MemberRecord_stats } from "./MemberRecord";

afterEach(cleanup);

const member = makeFragmentData(
  {
    bioguideId: "S000344",
    record: {
      eligible: 3,
      signed: 1,
      letters: [
        { signed: true, letter: { id: "L1", title: "On sanctions", sentOn: "2020-10-23" } },
        { signed: false, letter: { id: "L2", title: "On trade", sentOn: "2020-09-01" } },
      ],
    },
  },
  MemberRecord_member,
);
// As `stats.byTopic` lists them: most used first.
const topics = makeFragmentData(
  {
    byTopic: [
      { topic: "sanctions", letters: 4 },
      { topic: "human-rights", letters: 2 },
    ],
  },
  MemberRecord_stats,
);

const renderRecord = (topic: string, onTopic = vi.fn()) => {
  render(
    <MemoryRouter>
      <MemberRecord member={member} topics={topics} topic={topic} onTopic={onTopic} loading={false} />
    </MemoryRouter>,
  );
  return { select: screen.getByLabelText("Topic") as HTMLSelectElement, onTopic };
};

describe("<MemberRecord>", () => {
  it("offers the topics the member signed on, alphabetically, with how many letters", () => {
    const { select } = renderRecord("");
    expect([...select.options].map((o) => o.text)).toEqual(["All topics", "human-rights (2 signed)", "sanctions (4 signed)"]);
    expect(screen.getByRole("status").textContent).toContain("Signed 1 of 3 letters they could have signed");
  });

  it("keeps a topic from the URL that the member never signed on, and reports a new choice", () => {
    const { select, onTopic } = renderRecord("trade");
    expect(select.value).toBe("trade");
    expect(screen.getByRole("heading", { name: "Record on “trade”" })).toBeTruthy();
    fireEvent.change(select, { target: { value: "sanctions" } });
    expect(onTopic).toHaveBeenCalledWith("sanctions");
  });
});
