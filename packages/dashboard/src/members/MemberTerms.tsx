import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDate, formatDistrict } from "../lib/format";
import { stateName } from "../lib/states";
import { PartyBadge } from "../ui/PartyBadge";

export const MemberTerms_member = graphql(`
  fragment MemberTerms_member on Member {
    bioguideId
    terms {
      chamber
      state
      district
      party
      start
      end
      url
    }
  }
`);

/** Every term of office, newest first. */
export function MemberTerms(props: { member: FragmentType<typeof MemberTerms_member> }) {
  const { terms } = getFragmentData(MemberTerms_member, props.member);
  return (
    <section aria-labelledby="terms-title">
      <h2 id="terms-title" className="section-title">
        Terms ({terms.length})
      </h2>
      <div className="table-wrap" role="region" aria-labelledby="terms-title" tabIndex={0}>
        <table className="data-table">
          <caption className="sr-only">Terms of office, newest first</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Chamber</th>
              <th scope="col">State</th>
              <th scope="col" className="num">
                District
              </th>
              <th scope="col">Party</th>
            </tr>
          </thead>
          <tbody>
            {[...terms].reverse().map((t) => (
              <tr key={`${t.chamber}-${t.start}`}>
                <th scope="row" className="nowrap">
                  <time dateTime={t.start}>{formatDate(t.start, "short")}</time>
                </th>
                <td className="nowrap">
                  <time dateTime={t.end}>{formatDate(t.end, "short")}</time>
                </td>
                <td>{t.chamber === "SENATE" ? "Senate" : "House"}</td>
                <td>
                  <abbr title={stateName(t.state)}>{t.state}</abbr>
                </td>
                <td className="num">{t.chamber === "SENATE" ? "—" : formatDistrict(t.district)}</td>
                <td>
                  <PartyBadge party={t.party} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
