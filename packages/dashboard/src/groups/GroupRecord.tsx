import { useId } from "react";
import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDate } from "../lib/format";
import { PartyBadge } from "../ui/PartyBadge";

export const GroupRecord_group = graphql(`
  fragment GroupRecord_group on MemberGroup {
    id
    record(first: 12) {
      letters { id databaseId title sentOn }
      members { eligible signed signedLetterIds member { bioguideId fullName party } }
    }
  }
`);

/** Each member of the group against the group's latest letters (a grid); editors get a Remove button per member. */
export function GroupRecord(props: {
  group: FragmentType<typeof GroupRecord_group>;
  editor: boolean;
  removing: boolean;
  onRemove: (bioguideId: string) => void;
}) {
  const group = getFragmentData(GroupRecord_group, props.group);
  const { letters, members } = group.record;
  const { editor, removing, onRemove } = props;
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Record on the group’s letters</h2>
      {letters.length === 0 && <p className="muted">No member of this group has signed a letter yet.</p>}
      <div className="table-wrap" role="region" aria-label="Group record" tabIndex={0}>
        <table className="data-table record-grid">
          <caption className="sr-only">Each member and the letters they signed</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Signed</th>
              {letters.map((l) => (
                <th scope="col" key={l.id} title={l.title}>
                  <Link to={`/letters/${l.id}?gap=group:${group.id}`}>{formatDate(l.sentOn)}</Link>
                </th>
              ))}
              {editor && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.member.bioguideId}>
                <th scope="row">
                  <PartyBadge party={m.member.party} /> <Link to={`/members/${m.member.bioguideId}`}>{m.member.fullName}</Link>
                </th>
                <td>
                  {m.signed} of {m.eligible}
                </td>
                {letters.map((l) => (
                  <td key={l.id}>
                    {m.signedLetterIds.includes(l.databaseId) ? (
                      <span aria-label="signed">✓ signed</span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                ))}
                {editor && (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={removing}
                      aria-label={`Remove ${m.member.fullName}`}
                      onClick={() => onRemove(m.member.bioguideId)}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
