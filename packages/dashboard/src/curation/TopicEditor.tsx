import { useId, useState } from "react";

/** Topic tags as removable chips plus a box to add one (Enter or comma adds). */
export function TopicEditor({ topics, onChange }: { topics: string[]; onChange: (topics: string[]) => void }) {
  const [draft, setDraft] = useState("");
  const id = useId();
  const add = () => {
    const slug = draft
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    if (slug && !topics.includes(slug)) onChange([...topics, slug]);
    setDraft("");
  };
  return (
    <div className="field topic-editor">
      <label htmlFor={id}>Topics</label>
      <ul className="chips" aria-label="Topics on this letter">
        {topics.length === 0 && <li className="chips__empty">No topics</li>}
        {topics.map((t) => (
          <li key={t} className="chip">
            {t}
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove topic ${t}`}
              onClick={() => onChange(topics.filter((x) => x !== t))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="field--inline">
        <input
          id={id}
          value={draft}
          placeholder="add a topic, e.g. human rights"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === ",") {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--secondary button--small" onClick={add} disabled={!draft.trim()}>
          Add topic
        </button>
      </div>
    </div>
  );
}
