import { useMutation, useQuery } from "@apollo/client";
import { useId, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { RequireEditor } from "../auth/RequireEditor";
import { hasRole, useMe } from "../auth/me";
import { graphql } from "../gql";
import type { Chamber } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";
import { ListMatcher } from "./ListMatcher";

export const GroupsListQuery = graphql(`
  query GroupsList {
    groups { id name description chamber memberCount updatedAt }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroupPage($input: GroupInput!) {
    createGroup(input: $input) { id name memberCount }
  }
`);

/** Member groups (caucuses, coalitions, target lists); editors create one from a pasted list. */
export default function GroupsPage() {
  const { me } = useMe();
  const { data, error, refetch } = useQuery(GroupsListQuery);
  return (
    <article>
      <title>Groups · Signatory</title>
      <h1>Member groups</h1>
      <p className="muted">Caucuses, coalitions and target lists. On a letter, choose a group under “Gap”.</p>
      {error && <ErrorMessage error={error} what="the groups" onRetry={() => void refetch()} />}
      {!data && !error && <TableSkeleton caption="Groups" columns={["Group", "Members"]} />}
      {data && data.groups.length === 0 && <p>No groups yet.</p>}
      {data && data.groups.length > 0 && (
        <ul className="group-list">
          {data.groups.map((g) => (
            <li key={g.id}>
              <Link to={`/groups/${g.id}`}>{g.name}</Link>{" "}
              <span className="muted">
                {g.memberCount} members{g.chamber ? ` · ${g.chamber === "HOUSE" ? "House" : "Senate"} only` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {hasRole(me?.role, "EDITOR") ? (
        <NewGroup />
      ) : (
        <RequireEditor action="create a group">
          <NewGroup />
        </RequireEditor>
      )}
    </article>
  );
}

function NewGroup() {
  const id = useId();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [chamber, setChamber] = useState<Chamber | "">("");
  const [picked, setPicked] = useState<string[]>([]);
  const [create, { loading, error }] = useMutation(CreateGroupMutation, { refetchQueries: ["GroupsList"] });
  return (
    <section aria-labelledby={`${id}-title`} className="new-group">
      <h2 id={`${id}-title`}>New group</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create({ variables: { input: { name, chamber: chamber || null, bioguideIds: picked } } }).then((r) => {
            if (r.data) navigate(`/groups/${r.data.createGroup.id}`);
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-chamber`}>Chamber</label>
          <select id={`${id}-chamber`} value={chamber} onChange={(e) => setChamber(e.target.value as Chamber | "")}>
            <option value="">Both</option>
            <option value="HOUSE">House only</option>
            <option value="SENATE">Senate only</option>
          </select>
        </div>
        <ListMatcher chamber={chamber || null} onChange={setPicked} />
        {error && <ErrorMessage error={error} what="the new group" />}
        <button type="submit" className="button" disabled={loading || !name.trim()}>
          Create group with {picked.length} members
        </button>
      </form>
    </section>
  );
}
