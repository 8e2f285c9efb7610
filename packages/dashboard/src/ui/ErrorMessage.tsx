import type { ApolloError } from "@apollo/client";

/** A failed request, said plainly, with a way to try again. */
export function ErrorMessage({ error, what, onRetry }: { error: ApolloError | Error; what: string; onRetry?: () => void }) {
  const network = "networkError" in error ? error.networkError : null;
  // A 4xx with GraphQL errors in the body (e.g. a query over the cost limit) is an answer, not silence.
  const answered =
    network && "result" in network && typeof network.result === "object" && network.result && "errors" in network.result
      ? (network.result.errors as Array<{ message: string }>).map((e) => e.message).join(" ")
      : null;
  const offline = network && !answered;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">Could not load {what}.</p>
      <p>{offline ? "The Signatory server did not answer. Check that it is running, then try again." : (answered ?? error.message)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
