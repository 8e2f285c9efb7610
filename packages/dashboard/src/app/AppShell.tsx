import { useEffect, useRef } from "react";
import { useApolloClient, useMutation } from "@apollo/client";
import { Link, Outlet, useLocation } from "react-router-dom";
import { useMe } from "../auth/me";
import { graphql } from "../gql";

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Header with the brand and navigation, the routed page, and a footer. */
export function AppShell() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // After client-side navigation to another page, move focus to the content (as a page load would).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label="Signatory, home">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
              <rect width="32" height="32" rx="7" />
              <path d="M8 21c3-1 4-9 7-9s1 7 4 7 2-4 5-4" />
            </svg>
            Signatory
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              <li>
                <NavItem to="/" active={pathname === "/" || pathname.startsWith("/states")}>
                  Overview
                </NavItem>
              </li>
              <li>
                <NavItem to="/letters" active={pathname.startsWith("/letters")}>
                  Letters
                </NavItem>
              </li>
              <li>
                <NavItem to="/members" active={pathname.startsWith("/members")}>
                  Members
                </NavItem>
              </li>
              <li>
                <NavItem to="/import" active={pathname.startsWith("/import") || pathname.startsWith("/review")}>
                  Import
                </NavItem>
              </li>
              <li>
                <NavItem to="/explorer" active={pathname.startsWith("/explorer")}>
                  API
                </NavItem>
              </li>
            </ul>
          </nav>
          <Account />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Outlet />
      </main>
      <footer className="site-footer">
        Signatory tracks sign-on letters from Members of the U.S. Congress. Member data:{" "}
        <a href="https://github.com/unitedstates/congress-legislators">congress-legislators</a>.
      </footer>
    </>
  );
}

/** "Sign in", or who is signed in and "Sign out". */
function Account() {
  const { me, loading } = useMe();
  const client = useApolloClient();
  const [logout] = useMutation(LogoutMutation);
  const { pathname, search } = useLocation();
  if (loading) return <span className="account" />;
  if (!me) {
    return (
      <Link className="account account__link" to={`/login?next=${encodeURIComponent(pathname + search)}`}>
        Sign in
      </Link>
    );
  }
  return (
    <span className="account">
      <span className="account__who" title={`${me.email} (${me.role.toLowerCase()})`}>
        {me.email}
      </span>
      <button
        type="button"
        className="account__link link-button"
        onClick={() => void logout().then(() => client.resetStore()).catch(() => undefined)}
      >
        Sign out
      </button>
    </span>
  );
}

function NavItem({ to, active, children }: { to: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link to={to} className={active ? "nav__link is-active" : "nav__link"} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
