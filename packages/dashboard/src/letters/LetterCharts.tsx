import { lazy, Suspense } from "react";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { PartyChart } from "../ui/PartyChart";

const UsMap = lazy(() => import("../ui/UsMap"));

export const LetterCharts_letter = graphql(`
  fragment LetterCharts_letter on Letter {
    id
    breakdown {
      bipartisan
      byParty {
        party
        count
      }
      byState {
        state
        count
      }
    }
  }
`);

/** Signers by party (bars) and by state (a map that filters the signers when a state is clicked). */
export function LetterCharts(props: {
  letter: FragmentType<typeof LetterCharts_letter>;
  selectedStates: readonly string[];
  onSelectState: (code: string) => void;
}) {
  const { breakdown } = getFragmentData(LetterCharts_letter, props.letter);
  return (
    <section className="charts" aria-label="Signers by party and state">
      <div className="charts__party card">
        <PartyChart counts={breakdown.byParty} title="All signers by party" />
        <p className="muted">{breakdown.bipartisan ? "Bipartisan: Democrats and Republicans signed." : "Not bipartisan."}</p>
      </div>
      <div className="charts__map card">
        <Suspense fallback={<div className="map-skeleton skeleton" role="status" aria-label="Loading the map" />}>
          <UsMap
            counts={breakdown.byState}
            title="All signers by state (click a state to filter)"
            selected={props.selectedStates}
            onSelect={props.onSelectState}
          />
        </Suspense>
      </div>
    </section>
  );
}
