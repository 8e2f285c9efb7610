import { ApolloProvider } from "@apollo/client";
import { lazy, Suspense, useMemo } from "react";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { PageSkeleton } from "../ui/Skeleton";
import { createApolloClient } from "./apollo";
import { AppShell } from "./AppShell";
import { NotFound } from "./NotFound";

// Every view is its own chunk, loaded on first visit; the shell alone is in the entry.
const OverviewPage = lazy(() => import("../overview/OverviewPage"));
const LettersPage = lazy(() => import("../letters/LettersPage"));
const LetterPage = lazy(() => import("../letters/LetterPage"));
const MembersPage = lazy(() => import("../members/MembersPage"));
const MemberPage = lazy(() => import("../members/MemberPage"));
const StatePage = lazy(() => import("../states/StatePage"));
const ImportPage = lazy(() => import("../importing/ImportPage"));
const ReviewPage = lazy(() => import("../importing/ReviewPage"));
const DeletedLettersPage = lazy(() => import("../curation/DeletedLettersPage"));
const LoginPage = lazy(() => import("../auth/LoginPage"));
const ExplorerPage = lazy(() => import("../explorer/ExplorerPage"));
const ScorecardsPage = lazy(() => import("../scorecards/ScorecardsPage"));
const ScorecardPage = lazy(() => import("../scorecards/ScorecardPage"));
const ScorecardEditor = lazy(() => import("../scorecards/ScorecardEditor"));
const ReportCards = lazy(() => import("../scorecards/ReportCards"));
const NotificationsPage = lazy(() => import("../alerts/NotificationsPage"));
const SeriesPage = lazy(() => import("../series/SeriesPage"));
const CommitteesPage = lazy(() => import("../committees/CommitteesPage"));
const CommitteePage = lazy(() => import("../committees/CommitteePage"));
const GroupsPage = lazy(() => import("../groups/GroupsPage"));
const GroupPage = lazy(() => import("../groups/GroupPage"));

const lazyView = (view: React.ReactNode) => <Suspense fallback={<PageSkeleton />}>{view}</Suspense>;

export const routes = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: lazyView(<OverviewPage />) },
      { path: "letters", element: lazyView(<LettersPage />) },
      { path: "letters/deleted", element: lazyView(<DeletedLettersPage />) },
      { path: "letters/:id", element: lazyView(<LetterPage />) },
      { path: "members", element: lazyView(<MembersPage />) },
      { path: "members/:bioguideId", element: lazyView(<MemberPage />) },
      { path: "states/:code", element: lazyView(<StatePage />) },
      { path: "import", element: lazyView(<ImportPage />) },
      { path: "review", element: lazyView(<ReviewPage />) },
      { path: "login", element: lazyView(<LoginPage />) },
      { path: "explorer", element: lazyView(<ExplorerPage />) },
      { path: "scorecards", element: lazyView(<ScorecardsPage />) },
      { path: "scorecards/:id", element: lazyView(<ScorecardPage />) },
      { path: "scorecards/:id/edit", element: lazyView(<ScorecardEditor />) },
      { path: "scorecards/:id/print", element: lazyView(<ReportCards />) },
      { path: "notifications", element: lazyView(<NotificationsPage />) },
      { path: "series/:id", element: lazyView(<SeriesPage />) },
      { path: "committees", element: lazyView(<CommitteesPage />) },
      { path: "committees/:id", element: lazyView(<CommitteePage />) },
      { path: "groups", element: lazyView(<GroupsPage />) },
      { path: "groups/:id", element: lazyView(<GroupPage />) },
      { path: "*", element: <NotFound /> },
    ],
  },
];

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
