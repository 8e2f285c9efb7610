import { useId } from "react";
import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDate } from "../lib/format";
import { PartyBadge } from "../ui/PartyBadge";

export const CommitteeRoster_seat = graphql(`
  fragment CommitteeRoster_seat on CommitteeSeat {
    side
    rank
    title
    from
    to
    member {
      bioguideId
      fullName
      party
      state
      district
    }
  }
`);

/** A committee's seats on a date: the counts by side, the chair and ranking member, then the table. */
export function CommitteeRoster(props: { seats: ReadonlyArray<FragmentType<typeof CommitteeRoster_seat>>; caption: string }) {
  const seats = getFragmentData(CommitteeRoster_seat, props.seats);
  const chair = seats.find((s) => /^chair/i.test(s.title ?? ""));
  const ranking = seats.find((s) => /ranking/i.test(s.title ?? ""));
  const majority = seats.filter((s) => s.side === "MAJORITY").length;
  return (
    <>
      <p className="count-line" role="status" aria-live="polite">
        {seats.length} members · {majority} majority · {seats.length - majority} minority
        {chair && ` · Chair: ${chair.member.fullName}`}
        {ranking && ` · Ranking member: ${ranking.member.fullName}`}
      </p>
      <div className="table-wrap" role="region" aria-label="Committee roster" tabIndex={0}>
        <table className="data-table">
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Party</th>
              <th scope="col">Side</th>
              <th scope="col">Title</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((s) => (
              <tr key={`${s.member.bioguideId}-${s.from}`}>
                <td>
                  <Link to={`/members/${s.member.bioguideId}`}>{s.member.fullName}</Link>
                </td>
                <td>
                  <PartyBadge party={s.member.party} />
                </td>
                <td>{s.side === "MAJORITY" ? "Majority" : s.side === "MINORITY" ? "Minority" : ""}</td>
                <td>{s.title ?? ""}</td>
                <td>{formatDate(s.from)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export const CommitteeLetters_committee = graphql(`
  fragment CommitteeLetters_committee on Committee {
    id
    letters(first: 10) {
      signers
      letter {
        id
        title
        sentOn
        signerCount
      }
    }
  }
`);

/** The letters the committee's members signed most, each linking to the letter's gap for this committee. */
export function CommitteeLetters(props: { committee: FragmentType<typeof CommitteeLetters_committee> }) {
  const committee = getFragmentData(CommitteeLetters_committee, props.committee);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Letters its members signed most</h2>
      {committee.letters.length === 0 ? (
        <p className="muted">No letter signed by its members yet.</p>
      ) : (
        <ol>
          {committee.letters.map((l) => (
            <li key={l.letter.id}>
              <Link to={`/letters/${l.letter.id}?gap=committee:${committee.id}`}>{l.letter.title}</Link>{" "}
              <span className="muted">
                {formatDate(l.letter.sentOn)} · {l.signers} of its members signed
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
