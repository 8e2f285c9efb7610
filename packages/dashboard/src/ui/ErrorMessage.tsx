import type { ApolloError } from "@apollo/client";

/** A failed request, said plainly, with a way to try again. */
export function ErrorMessage({ error, what, onRetry }: { error: ApolloError | Error; what: string; onRetry?: () => void }) {
  const offline = "networkError" in error && error.networkError;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">Could not load {what}.</p>
      <p>
        {offline
          ? "The Signatory server did not answer. Check that it is running, then try again."
          : error.message}
      </p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
