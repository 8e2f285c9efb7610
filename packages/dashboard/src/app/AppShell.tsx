import { useEffect, useId, useRef, useState } from "react";
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
          <MainNav pathname={pathname} />
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
        onClick={() =>
          void logout()
            .then(() => client.resetStore())
            .catch(() => undefined)
        }
      >
        Sign out
      </button>
    </span>
  );
}

function NavItem({ to, active, children, onClick }: { to: string; active: boolean; children: React.ReactNode; onClick?: () => void }) {
  return (
    <Link to={to} className={active ? "nav__link is-active" : "nav__link"} aria-current={active ? "page" : undefined} onClick={onClick}>
      {children}
    </Link>
  );
}

const NAV: Array<{ to: string; label: string; active: (pathname: string) => boolean }> = [
  { to: "/", label: "Overview", active: (p) => p === "/" || p.startsWith("/states") },
  { to: "/letters", label: "Letters", active: (p) => p.startsWith("/letters") },
  { to: "/members", label: "Members", active: (p) => p.startsWith("/members") },
  { to: "/committees", label: "Committees", active: (p) => p.startsWith("/committees") },
  { to: "/groups", label: "Groups", active: (p) => p.startsWith("/groups") },
  { to: "/scorecards", label: "Scorecards", active: (p) => p.startsWith("/scorecards") },
  { to: "/import", label: "Import", active: (p) => p.startsWith("/import") },
  { to: "/review", label: "Review", active: (p) => p.startsWith("/review") },
  { to: "/explorer", label: "API", active: (p) => p.startsWith("/explorer") },
  { to: "/notifications", label: "Alerts", active: (p) => p.startsWith("/notifications") },
];

/**
 * The main navigation: a row of links on wide screens; on phones a "Menu" button (a disclosure,
 * showing the current section) that opens the links as a list under the header, so the header
 * stays one line. Escape or a click elsewhere closes it; so does following a link.
 */
function MainNav({ pathname }: { pathname: string }) {
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const listId = useId();
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const current = NAV.find((n) => n.active(pathname));
  // Following a link (or the back button) closes the menu.
  if (open && pathname !== openedAt) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!nav.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <nav aria-label="Main" className={open ? "main-nav is-open" : "main-nav"} ref={nav}>
      <button
        type="button"
        ref={toggle}
        className="nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
      >
        <svg className="nav-toggle__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M3 5h14M3 10h14M3 15h14" />
        </svg>
        Menu
        {current && (
          <span className="nav-toggle__current">
            <span className="sr-only">, current page: </span>
            {current.label}
          </span>
        )}
      </button>
      <ul className="nav" id={listId}>
        {NAV.map((n) => (
          <li key={n.to}>
            <NavItem to={n.to} active={n.active(pathname)} onClick={() => setOpen(false)}>
              {n.label}
            </NavItem>
          </li>
        ))}
      </ul>
    </nav>
  );
}
