import type { Database } from "./db/database";
import { createAuthServices, type AuthServices } from "./modules/auth/auth.services";
import type { AuthUser } from "./modules/auth/credentials.service";
import { anonymousRequest, type RequestInfo } from "./modules/auth/request";
import { ImportService } from "./modules/importing/import.service";
import { ReviewService } from "./modules/importing/review.service";
import { lettersLoaders } from "./modules/letters/letters.loaders";
import { LettersService } from "./modules/letters/letters.service";
import { MemberLettersService } from "./modules/members/member-letters.service";
import { membersLoaders } from "./modules/members/members.loaders";
import { MembersService } from "./modules/members/members.service";
import { StatsService } from "./modules/stats/stats.service";
import { CommitteesService } from "./modules/committees/committees.service";
import { GroupsService } from "./modules/groups/groups.service";
import { GapsService } from "./modules/gaps/gaps.service";
import type { RateLimitStore } from "./security/rate-limit-store";

/** Services live as long as the server; loaders are made fresh for every request. */
export interface Services {
  db: Database;
  letters: LettersService;
  members: MembersService;
  memberLetters: MemberLettersService;
  stats: StatsService;
  importing: ImportService;
  review: ReviewService;
  auth: AuthServices;
  committees: CommitteesService;
  groups: GroupsService;
  gaps: GapsService;
}

export interface Context extends Services {
  loaders: ReturnType<typeof membersLoaders> & ReturnType<typeof lettersLoaders>;
  /** Who is calling (session cookie or API token); null when anonymous. */
  user: AuthUser | null;
  /** This request: its id (for logs), address, and the session cookie. */
  request: RequestInfo;
}

/** `store` holds sign-in failure counts (shared through Redis when several processes serve). */
export function createServices(db: Database, store?: RateLimitStore): Services {
  return {
    db,
    letters: new LettersService(db),
    members: new MembersService(db),
    memberLetters: new MemberLettersService(db),
    stats: new StatsService(db),
    importing: new ImportService(db),
    review: new ReviewService(db),
    auth: createAuthServices(db, store),
    committees: new CommitteesService(db),
    groups: new GroupsService(db),
    gaps: new GapsService(db),
  };
}

export function createContext(services: Services, request: RequestInfo = anonymousRequest()): Context {
  const members = membersLoaders(services.db, services.memberLetters);
  return { ...services, user: request.user, request, loaders: { ...members, ...lettersLoaders(services.letters, members.memberById) } };
}
