import DataLoader from "dataloader";
import type { Member } from "./member.entity";
import type { MembersRead, PeriodKey } from "./members.read";
import type { Term } from "./term.entity";

/** Per-request loaders for members and their terms: one query per kind of thing, however many rows ask. */
export function membersLoaders(read: MembersRead) {
  return {
    memberById: new DataLoader<string, Member | null>((ids) => read.byIds(ids)),
    termsByMember: new DataLoader<string, Term[]>((ids) => read.terms(ids)),
    termOn: new DataLoader<PeriodKey, Term | null, string>((keys) => read.termsOn(keys), {
      cacheKeyFn: (k) => `${k.bioguideId}/${k.date}`,
    }),
    currentTermByMember: new DataLoader<string, Term | null>((ids) => read.currentTerms(ids)),
  };
}
