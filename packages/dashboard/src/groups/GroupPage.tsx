import { useMutation, useQuery } from "@apollo/client";
import { useCallback, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { hasRole, useMe } from "../auth/me";
import { graphql } from "../gql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton } from "../ui/Skeleton";
import { GroupRecord } from "./GroupRecord";
import { ListMatcher } from "./ListMatcher";

export const GroupPageQuery = graphql(`
  query GroupPage($id: ID!) {
    group(id: $id) {
      id name description chamber memberCount
      ...GroupRecord_group
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
      <GroupRecord
        group={g}
        editor={editor}
        removing={removing.loading}
        onRemove={(bioguideId) => void remove({ variables: { id: g.id, ids: [bioguideId] } })}
      />
      {editor && (
        <section aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`}>Add members</h2>
          <ListMatcher chamber={g.chamber ?? null} onChange={onPicked} />
          {adding.error && <ErrorMessage error={adding.error} what="the new members" />}
          <button
            type="button"
            className="button"
            disabled={picked.length === 0 || adding.loading}
            onClick={() => void add({ variables: { id: g.id, ids: picked } })}
          >
            Add {picked.length} members
          </button>
        </section>
      )}
    </article>
  );
}
