import { useQuery } from "@apollo/client";
import { graphql } from "../gql";

export const LetterHistoryQuery = graphql(`
  query LetterHistory($id: ID!) {
    letter(id: $id) {
      id
      history(first: 50) {
        id
        at
        actor
        action
        before
        after
        detail
      }
    }
  }
`);

const ACTION_LABEL: Record<string, string> = {
  "letter.import": "Imported",
  "letter.edit": "Edited",
  "letter.delete": "Deleted",
  "letter.restore": "Restored",
  "letter.merge": "Merged another letter in",
  "letter.purge": "Purged",
  "letter.setTopics": "Topics set",
};

const FIELD_LABEL: Record<string, string> = { sentOn: "date", sourceName: "source" };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value))
    return (
      value.map((v) => (typeof v === "object" && v ? ((v as { name?: string }).name ?? JSON.stringify(v)) : String(v))).join(", ") || "—"
    );
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** What changed in one entry, as "field: before → after" lines. */
function changes(before: string | null, after: string | null): { field: string; from: string; to: string }[] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((k) => ({
    field: FIELD_LABEL[k] ?? k,
    from: show(b[k]),
    to: show(a[k]),
  }));
}

function note(detail: string | null): string | null {
  if (!detail) return null;
  const d = JSON.parse(detail) as Record<string, any>;
  const parts: string[] = [];
  if (d.signatures)
    parts.push(
      `signatures: ${d.signatures.rematched} matched again, ${d.signatures.kept} confirmed kept, ${d.signatures.flagged.length} flagged for review`,
    );
  if (d.from)
    parts.push(
      `from “${d.from.title}”: ${d.decisionsKept} review decisions kept, ${d.signaturesAdded} signatures added, text from the ${d.textFrom === "from" ? "merged" : "kept"} letter`,
    );
  if (d.reason) parts.push(`reason: ${d.reason}`);
  if (d.sourceName) parts.push(`source: ${d.sourceName}`);
  if (d.created === false) parts.push("already present; nothing stored");
  return parts.join("; ") || null;
}

/** The letter's audited changes, newest first (editors only). */
export function LetterHistory({ letterId }: { letterId: string }) {
  const { data, error } = useQuery(LetterHistoryQuery, { variables: { id: letterId }, fetchPolicy: "cache-and-network" });
  if (error) return <p className="notice notice--error">Could not load the history: {error.message}</p>;
  const entries = data?.letter?.history;
  if (!entries) return <p className="muted">Loading the history…</p>;
  if (!entries.length)
    return <p className="muted">No recorded changes (imported before history was kept, or by a script without an actor).</p>;
  return (
    <ol className="history" aria-label="Changes to this letter, newest first">
      {entries.map((h) => (
        <li key={h.id} className="history__entry">
          <p>
            <strong>{ACTION_LABEL[h.action] ?? h.action}</strong> by {h.actor},{" "}
            <time dateTime={h.at}>{new Date(h.at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
          {h.action === "letter.edit" && (
            <ul className="history__changes">
              {changes(h.before, h.after).map((c) => (
                <li key={c.field}>
                  {c.field}: <del>{c.from}</del> → <ins>{c.to}</ins>
                </li>
              ))}
            </ul>
          )}
          {note(h.detail) && <p className="muted">{note(h.detail)}</p>}
        </li>
      ))}
    </ol>
  );
}
