import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDate, formatDistrict } from "../lib/format";
import { stateName } from "../lib/states";
import { PartyBadge } from "../ui/PartyBadge";

/** `$on` is the route query's serving date. */
export const DelegationTable_member = graphql(`
  fragment DelegationTable_member on Member {
    bioguideId
    fullName
    letterCount
    termOn(date: $on) {
      chamber
      district
      party
    }
    signatures(first: 5) {
      totalCount
      edges {
        node {
          id
          letter {
            id
            title
            sentOn
          }
        }
      }
    }
  }
`);

/** A state's members serving on a date, senators first, then by district, with the letters each signed. */
export function DelegationTable(props: { members: ReadonlyArray<FragmentType<typeof DelegationTable_member>>; state: string; on: string }) {
  const { state, on } = props;
  const members = [...getFragmentData(DelegationTable_member, props.members)].sort((a, b) => {
    const ra = a.termOn?.chamber === "SENATE" ? -1 : (a.termOn?.district ?? 0);
    const rb = b.termOn?.chamber === "SENATE" ? -1 : (b.termOn?.district ?? 0);
    return ra - rb || a.fullName.localeCompare(b.fullName);
  });
  return (
    <div className="table-wrap" role="region" aria-label={`${stateName(state)} delegation`} tabIndex={0}>
      <table className="data-table data-table--stack">
        <caption>
          {stateName(state)} delegation on {formatDate(on)}, senators first, then by district
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Party</th>
            <th scope="col">Seat</th>
            <th scope="col">Letters signed</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.bioguideId}>
              <th scope="row">
                <Link to={`/members/${m.bioguideId}`}>{m.fullName}</Link>
              </th>
              <td data-label="Party">
                <PartyBadge party={m.termOn?.party} />
              </td>
              <td data-label="Seat">
                {m.termOn?.chamber === "SENATE" ? "Senate" : `House, district ${formatDistrict(m.termOn?.district)}`}
              </td>
              <td data-label="Letters signed" className="cell-wrap">
                {m.signatures.totalCount === 0 ? (
                  <span className="muted">None imported</span>
                ) : (
                  <ul className="plain-list">
                    {m.signatures.edges.map(({ node: s }) => (
                      <li key={s.id}>
                        <time dateTime={s.letter.sentOn} className="muted">
                          {formatDate(s.letter.sentOn, "short")}
                        </time>{" "}
                        <Link to={`/letters/${encodeURIComponent(s.letter.id)}`}>{s.letter.title}</Link>
                      </li>
                    ))}
                    {m.signatures.totalCount > m.signatures.edges.length && (
                      <li>
                        <Link to={`/members/${m.bioguideId}`}>and {m.signatures.totalCount - m.signatures.edges.length} more</Link>
                      </li>
                    )}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
