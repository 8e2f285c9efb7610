import { Link, useLocation } from "react-router-dom";
import { PageSkeleton } from "../ui/Skeleton";
import { hasRole, useMe } from "./me";

/** Shows the children to editors; everyone else is told to sign in as one. */
export function RequireEditor({ action, children }: { action: string; children: React.ReactNode }) {
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <PageSkeleton />;
  if (hasRole(me?.role, "EDITOR")) return <>{children}</>;
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <div className="empty-state">
      <h2>{me ? `Editors only` : `Sign in as an editor to ${action}`}</h2>
      <p>
        {me
          ? `You are signed in as ${me.email}, a ${me.role.toLowerCase()}. Ask an administrator for the editor role to ${action}.`
          : `Reading is open to everyone; changing data needs an editor’s account.`}
      </p>
      {!me && (
        <p>
          <Link className="button" to={`/login?next=${next}`}>
            Sign in
          </Link>
        </p>
      )}
    </div>
  );
}
