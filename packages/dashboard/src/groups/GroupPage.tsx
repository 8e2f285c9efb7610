import { useMutation, useQuery } from "@apollo/client";
import { useCallback, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { hasRole, useMe } from "../auth/me";
import { graphql } from "../gql";
import { formatDate } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { PageSkeleton } from "../ui/Skeleton";
import { ListMatcher } from "./ListMatcher";

export const GroupPageQuery = graphql(`
  query GroupPage($id: ID!) {
    group(id: $id) {
      id name description chamber memberCount
      record(first: 12) {
        letters { id databaseId title sentOn }
        members { eligible signed signedLetterIds member { bioguideId fullName party } }
      }
    }
  }
`);

export const AddGroupMembersMutation = graphql(`
  mutation AddGroupMembersPage($id: ID!, $ids: [String!]!) {
    addGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }
  }
`);

export const RemoveGroupMembersMutation = graphql(`
  mutation RemoveGroupMembersPage($id: ID!, $ids: [String!]!) {
    removeGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }
  }
`);

/** A group: each member's record on the group's letters (a grid), and for editors: add from a pasted list, remove. */
export default function GroupPage() {
  const id = useId();
  const { id: groupId = "" } = useParams();
  const { me } = useMe();
  const editor = hasRole(me?.role, "EDITOR");
  const { data, error, refetch } = useQuery(GroupPageQuery, { variables: { id: groupId } });
  const [picked, setPicked] = useState<string[]>([]);
  const onPicked = useCallback((ids: string[]) => setPicked(ids), []);
  const [add, adding] = useMutation(AddGroupMembersMutation, { refetchQueries: ["GroupPage"] });
  const [remove, removing] = useMutation(RemoveGroupMembersMutation, { refetchQueries: ["GroupPage"] });
  if (error?.graphQLErrors.some((e) => e.extensions?.code === "NOT_FOUND")) return <NotFound what="group" />;
  if (error) return <ErrorMessage error={error} what="this group" onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const g = data.group;
  const { letters, members } = g.record;
  return (
    <article className="group">
      <title>{`${g.name} · Signatory`}</title>
      <p className="muted">
        <Link to="/groups">Groups</Link>
      </p>
      <h1>{g.name}</h1>
      <p className="muted">
        {g.memberCount} members{g.chamber ? ` · ${g.chamber === "HOUSE" ? "House" : "Senate"} only` : ""}
        {g.description ? ` · ${g.description}` : ""}
      </p>
      <section aria-labelledby={`${id}-record`}>
        <h2 id={`${id}-record`}>Record on the group’s letters</h2>
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
                    <Link to={`/letters/${l.id}?gap=group:${g.id}`}>{formatDate(l.sentOn)}</Link>
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
                    <td key={l.id}>{m.signedLetterIds.includes(l.databaseId) ? <span aria-label="signed">✓ signed</span> : <span className="muted">—</span>}</td>
                  ))}
                  {editor && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={removing.loading}
                        aria-label={`Remove ${m.member.fullName}`}
                        onClick={() => void remove({ variables: { id: g.id, ids: [m.member.bioguideId] } })}
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
      {editor && (
        <section aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`}>Add members</h2>
          <ListMatcher chamber={g.chamber ?? null} onChange={onPicked} />
          {adding.error && <ErrorMessage error={adding.error} what="the new members" />}
          <button type="button" className="button" disabled={picked.length === 0 || adding.loading} onClick={() => void add({ variables: { id: g.id, ids: picked } })}>
            Add {picked.length} members
          </button>
        </section>
      )}
    </article>
  );
}
