import { Link } from "react-router-dom";

/** Shown for unknown addresses and for letters that do not exist. */
export function NotFound({ what = "page" }: { what?: string }) {
  return (
    <section className="empty-state" aria-labelledby="not-found-title">
      <title>Not found · Signatory</title>
      <p className="empty-state__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">This {what} does not exist</h1>
      <p>The address may be mistyped, or the {what} may have been removed.</p>
      <p>
        <Link className="button" to="/letters">
          Browse all letters
        </Link>
      </p>
    </section>
  );
}
