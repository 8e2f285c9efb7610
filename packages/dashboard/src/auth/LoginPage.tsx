import { useApolloClient, useMutation } from "@apollo/client";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { textParam, useUrlState } from "../lib/use-url-state";
import { graphql } from "../gql";
import { useMe } from "./me";

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      role
    }
  }
`);

/** Where to go after signing in: a path on this site (`?next=/import`), never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

/** Email and password; on success the server sets a session cookie and we go back where we were. */
export default function LoginPage() {
  const [nextParam] = useUrlState(...textParam("next"));
  const next = safeNext(nextParam);
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me } = useMe();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { loading, error }] = useMutation(LoginMutation);

  return (
    <section className="narrow">
      <title>Sign in · Signatory</title>
      <h1>Sign in</h1>
      {me && (
        <p className="notice">
          You are signed in as <strong>{me.email}</strong> ({me.role.toLowerCase()}). <Link to={next}>Continue</Link>
        </p>
      )}
      <form
        className="stack-form card"
        onSubmit={(e) => {
          e.preventDefault();
          login({ variables: { email: email.trim(), password } })
            .then(async () => {
              await client.resetStore();
              navigate(next);
            })
            .catch(() => undefined);
        }}
      >
        {error && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">Could not sign in.</p>
            <p>{error.networkError ? "The Signatory server did not answer. Try again." : error.message}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="login-email">Email</label>
          <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? "Signing in…" : "Sign in"}
        </button>
        <p className="muted">
          Accounts are made by an administrator (<code>pnpm signatory users add</code>).
        </p>
      </form>
    </section>
  );
}
