import DataLoader from "dataloader";
import type { SeriesService } from "./series.service";

/** Per-request batching of the series fields of letters. */
export function seriesLoaders(series: SeriesService) {
  return {
    seriesOfLetter: new DataLoader((ids: readonly string[]) => series.ofLetters(ids)),
    seriesLetters: new DataLoader((ids: readonly string[]) => series.letters(ids)),
    previousVersion: new DataLoader((ids: readonly string[]) => series.previousVersions(ids)),
    versionSuggestions: new DataLoader((ids: readonly string[]) => series.suggestions(ids)),
  };
}
