/**
 * Your alerts: notifications (unread first in the count, newest first in the list, mark read),
 * what you watch (delete), and webhook deliveries that failed every attempt (dead letters) with
 * a retry. New notifications arrive live over the `notificationAdded` subscription.
 */
import { useMutation, useQuery, useSubscription } from "@apollo/client";
import { Link } from "react-router-dom";
import { useMe } from "../auth/me";
import { graphql } from "../gql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton } from "../ui/Skeleton";

export const AlertsQuery = graphql(`
  query Alerts {
    unreadNotificationCount
    notifications(first: 50) { totalCount edges { node { id message letterId createdAt readAt } } }
    watches(first: 100) { totalCount edges { node { id kind label webhookUrl createdAt } } }
    myWebhook
    webhookDeliveries(status: DEAD, first: 20) { totalCount edges { node { id url attempts lastError createdAt } } }
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded { notificationAdded { id } }
`);
const MarkRead = graphql(`mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }`);
const DeleteWatch = graphql(`mutation DeleteWatch($id: ID!) { deleteWatch(id: $id) }`);
const RetryDelivery = graphql(`mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) { id status } }`);

const when = (iso: string) => new Date(iso).toLocaleString();

export default function NotificationsPage() {
  const { me, loading: meLoading } = useMe();
  const { data, error, loading, refetch } = useQuery(AlertsQuery, { skip: !me, fetchPolicy: "cache-and-network" });
  useSubscription(NotificationAdded, { skip: !me, onData: () => void refetch() });
  const after = { refetchQueries: ["Alerts"] };
  const [markRead] = useMutation(MarkRead, after);
  const [deleteWatch] = useMutation(DeleteWatch, after);
  const [retry] = useMutation(RetryDelivery, after);

  if (meLoading) return <PageSkeleton />;
  if (!me) {
    return (
      <>
        <title>Alerts · Signatory</title>
        <h1>Alerts</h1>
        <p>
          <Link to="/login?next=/notifications">Sign in</Link> to follow members, searches and letters.
        </p>
      </>
    );
  }
  if (error) return <ErrorMessage error={error} what="your alerts" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageSkeleton />;
  const notifications = data?.notifications.edges.map((e) => e.node) ?? [];
  const watches = data?.watches.edges.map((e) => e.node) ?? [];
  const dead = data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
  return (
    <>
      <title>Alerts · Signatory</title>
      <div className="page-head">
        <h1>Alerts</h1>
        <p className="count-line" role="status" aria-live="polite" data-testid="unread-count">
          {data?.unreadNotificationCount ?? 0} unread
        </p>
      </div>

      <section aria-labelledby="notifications-h">
        <h2 id="notifications-h">Notifications</h2>
        {notifications.length === 0 ? (
          <p>Nothing yet. Watch a member (on their page) or a search (on Letters), and new letters that match show up here.</p>
        ) : (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void markRead({ variables: {} })}
              disabled={!data?.unreadNotificationCount}
            >
              Mark all read
            </button>
            <ul className="alert-list">
              {notifications.map((n) => (
                <li key={n.id} className={n.readAt ? "alert-item" : "alert-item is-unread"}>
                  {!n.readAt && <span className="badge">New</span>}{" "}
                  {n.letterId ? <Link to={`/letters/${n.letterId}`}>{n.message}</Link> : n.message}{" "}
                  <span className="muted">{when(n.createdAt)}</span>{" "}
                  {!n.readAt && (
                    <button type="button" className="link-button" onClick={() => void markRead({ variables: { ids: [n.id] } })}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="watches-h">
        <h2 id="watches-h">What you watch ({watches.length})</h2>
        <ul className="alert-list">
          {watches.map((w) => (
            <li key={w.id} className="alert-item">
              <span className="badge">{w.kind === "LETTERS_SEARCH" ? "Search" : w.kind === "MEMBER" ? "Member" : "Letter"}</span> {w.label}
              {w.webhookUrl && <span className="muted"> → {w.webhookUrl}</span>}{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => void deleteWatch({ variables: { id: w.id } })}
                aria-label={`Stop watching ${w.label}`}
              >
                Stop watching
              </button>
            </li>
          ))}
        </ul>
        <p className="muted">Webhook for all your watches: {data?.myWebhook ?? "none"} (set it with the `setWebhook` mutation).</p>
      </section>

      <section aria-labelledby="dead-h">
        <h2 id="dead-h">Failed webhooks ({data?.webhookDeliveries.totalCount ?? 0})</h2>
        {dead.length === 0 ? (
          <p>None: every webhook was delivered or is still being retried.</p>
        ) : (
          <ul className="alert-list">
            {dead.map((d) => (
              <li key={d.id} className="alert-item">
                <span className="badge badge--error">Dead letter</span> {d.url}: {d.attempts} attempts, last error{" "}
                {d.lastError ?? "unknown"} <span className="muted">{when(d.createdAt)}</span>{" "}
                <button type="button" className="link-button" onClick={() => void retry({ variables: { id: d.id } })}>
                  Retry
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
