import DataLoader from "dataloader";
import type { ExplanationRow, MemberScoreRow } from "./scorecard-read";
import type { ScorecardsService } from "./scorecards.service";

export interface ExplanationKey {
  scorecardId: string;
  bioguideId: string;
}

/** Per-request loaders: every member's published scores, and grade explanations, batched into one statement each. */
export function scorecardsLoaders(scorecards: ScorecardsService) {
  return {
    scoresByMember: new DataLoader<string, MemberScoreRow[]>(async (ids) => {
      const rows = await scorecards.read.scoresOf(ids, null);
      return ids.map((id) => rows.filter((r) => r.bioguideId === id));
    }),
    explanation: new DataLoader<ExplanationKey, ExplanationRow[], string>((keys) => scorecards.read.explanations(keys), {
      cacheKeyFn: (k) => `${k.scorecardId}/${k.bioguideId}`,
    }),
  };
}
