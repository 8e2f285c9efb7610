import type { Database } from "./db/database";
import DataLoader from "dataloader";
import { ImportService } from "./modules/importing/import.service";
import { ReviewService } from "./modules/importing/review.service";
import type { Letter } from "./modules/letters/letter.entity";
import { LettersService } from "./modules/letters/letters.service";
import { membersLoaders } from "./modules/members/members.loaders";
import { MembersService } from "./modules/members/members.service";

/** Services live as long as the server; loaders are made fresh for every request. */
export interface Services {
  db: Database;
  letters: LettersService;
  members: MembersService;
  importing: ImportService;
  review: ReviewService;
}

export interface Context extends Services {
  loaders: ReturnType<typeof membersLoaders> & { letterById: DataLoader<string, Letter | null> };
}

export function createServices(db: Database): Services {
  return {
    db,
    letters: new LettersService(db),
    members: new MembersService(db),
    importing: new ImportService(db),
    review: new ReviewService(db),
  };
}

export function createContext(services: Services): Context {
  return {
    ...services,
    loaders: { ...membersLoaders(services.db), letterById: new DataLoader((ids: readonly string[]) => services.letters.byIds(ids)) },
  };
}
