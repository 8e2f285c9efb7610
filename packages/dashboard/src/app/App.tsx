import { ApolloProvider } from "@apollo/client";
import { lazy, Suspense, useMemo } from "react";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { LettersPage } from "../letters/LettersPage";
import { PageSkeleton } from "../ui/Skeleton";
import { createApolloClient } from "./apollo";
import { AppShell } from "./AppShell";
import { NotFound } from "./NotFound";

// The list is the landing page; the other views load on first visit.
const LetterPage = lazy(() => import("../letters/LetterPage"));
const MembersPage = lazy(() => import("../members/MembersPage"));

const lazyView = (view: React.ReactNode) => <Suspense fallback={<PageSkeleton />}>{view}</Suspense>;

export const routes = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <LettersPage /> },
      { path: "letters", element: <LettersPage /> },
      { path: "letters/:id", element: lazyView(<LetterPage />) },
      { path: "members", element: lazyView(<MembersPage />) },
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
