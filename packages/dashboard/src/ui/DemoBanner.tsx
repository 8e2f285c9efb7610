/** Says loudly that what is on screen is the built-in example, not real data. */
export function DemoBanner() {
  return (
    <div className="notice notice--demo" role="note" aria-label="Demo data">
      <p>
        <strong>Demo data</strong> — this is a built-in example shown because the database is empty. Run{" "}
        <code>pnpm signatory members sync</code> and <code>pnpm signatory import &lt;file&gt;</code> to load real data.
      </p>
    </div>
  );
}
