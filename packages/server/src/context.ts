import { loadConfig, type AlertsConfig } from "./config";
import type { Database } from "./db/database";
import type { AlertsBroker } from "./modules/alerts/broker";
import { AlertsService } from "./modules/alerts/alerts.service";
import { createAuthServices, type AuthServices } from "./modules/auth/auth.services";
import type { AuthUser } from "./modules/auth/credentials.service";
import { anonymousRequest, type RequestInfo } from "./modules/auth/request";
import { DocumentImportService } from "./modules/importing/documents/document-import.service";
import { ImportService } from "./modules/importing/import.service";
import { ReviewService } from "./modules/importing/review.service";
import { curationLoaders } from "./modules/curation/curation.loaders";
import { LetterEditService } from "./modules/curation/letter-edit.service";
import { lettersLoaders } from "./modules/letters/letters.loaders";
import { LettersService } from "./modules/letters/letters.service";
import { MemberLettersService } from "./modules/letters/member-letters.service";
import { membersLoaders } from "./modules/members/members.loaders";
import { MembersRead } from "./modules/members/members.read";
import { MembersService } from "./modules/members/members.service";
import { scorecardsLoaders } from "./modules/scorecards/scorecards.loaders";
import { ScorecardsService } from "./modules/scorecards/scorecards.service";
import { seriesLoaders } from "./modules/series/series.loaders";
import { SeriesService } from "./modules/series/series.service";
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
  /** Members and terms by keys (what the member loaders batch). */
  membersRead: MembersRead;
  /** What members signed (the letters module's reads keyed by member). */
  memberLetters: MemberLettersService;
  stats: StatsService;
  importing: ImportService;
  /** Imports from files (PDF, Word, text), keeping the original. */
  documents: DocumentImportService;
  review: ReviewService;
  curation: LetterEditService;
  series: SeriesService;
  auth: AuthServices;
  scorecards: ScorecardsService;
  alerts: AlertsService;
  /** Live alerts for subscriptions (null outside a server). */
  broker: AlertsBroker | null;
  committees: CommitteesService;
  groups: GroupsService;
  gaps: GapsService;
}

export interface Context extends Services {
  loaders: ReturnType<typeof membersLoaders> &
    ReturnType<typeof lettersLoaders> &
    ReturnType<typeof scorecardsLoaders> &
    ReturnType<typeof curationLoaders> &
    ReturnType<typeof seriesLoaders>;
  /** Who is calling (session cookie or API token); null when anonymous. */
  user: AuthUser | null;
  /** This request: its id (for logs), address, and the session cookie. */
  request: RequestInfo;
}

/** `store` holds sign-in failure counts (shared through Redis when several processes serve). */
export function createServices(
  db: Database,
  store?: RateLimitStore,
  alerts: { config?: AlertsConfig; broker?: AlertsBroker } = {},
): Services {
  const importing = new ImportService(db);
  return {
    db,
    letters: new LettersService(db),
    members: new MembersService(db),
    membersRead: new MembersRead(db),
    memberLetters: new MemberLettersService(db),
    stats: new StatsService(db),
    importing,
    documents: new DocumentImportService(db, importing),
    review: new ReviewService(db),
    curation: new LetterEditService(db),
    series: new SeriesService(db),
    auth: createAuthServices(db, store),
    scorecards: new ScorecardsService(db),
    alerts: new AlertsService(db, alerts.config ?? loadConfig({}).alerts),
    broker: alerts.broker ?? null,
    committees: new CommitteesService(db),
    groups: new GroupsService(db),
    gaps: new GapsService(db),
  };
}

type Loaders = Context["loaders"];
type LoaderGroup = (services: Services, loaders: Loaders) => Partial<Loaders>;

/** Each module's loaders, built together on a request's first use of any of them. */
const LOADER_GROUPS: LoaderGroup[] = [
  (s) => membersLoaders(s.membersRead),
  (s, l) => lettersLoaders(s.letters, s.memberLetters, l.memberById),
  (s) => scorecardsLoaders(s.scorecards),
  (s) => curationLoaders(s.db),
  (s) => seriesLoaders(s.series),
];

const GROUPS = Symbol("loader groups");
const SERVICES = Symbol("services");
type LazyLoaders = Loaders & { [GROUPS]: (Partial<Loaders> | undefined)[]; [SERVICES]: Services };

/**
 * A prototype whose getters build a module's loaders on a request's first use of one of them:
 * most requests use one or two modules, or none (`{ __typename }`), and 19 DataLoaders per
 * request were most of what creating a context cost. The loader names are read once, from one
 * set built at start.
 */
let lazyPrototype: object | null = null;
function loadersPrototype(services: Services): object {
  if (lazyPrototype) return lazyPrototype;
  const proto = {};
  const probe = {} as Loaders;
  LOADER_GROUPS.forEach((build, index) => {
    const group = build(services, probe);
    Object.assign(probe, group);
    for (const key of Object.keys(group)) {
      Object.defineProperty(proto, key, {
        enumerable: true,
        get(this: LazyLoaders) {
          const built = (this[GROUPS][index] ??= build(this[SERVICES], this));
          return built[key as keyof Loaders];
        },
      });
    }
  });
  return (lazyPrototype = proto);
}

/** How many modules' loaders this context has built so far (tests, diagnostics). */
export function loaderGroupsBuilt(context: Context): number {
  return (context.loaders as LazyLoaders)[GROUPS].filter(Boolean).length;
}

/**
 * A request's context: the services are its prototype (not copied: Apollo copies the context's
 * own properties once more per request), with the caller, the request and lazy loaders of its own.
 */
export function createContext(services: Services, request: RequestInfo = anonymousRequest()): Context {
  const loaders = Object.create(loadersPrototype(services)) as LazyLoaders;
  loaders[GROUPS] = [];
  loaders[SERVICES] = services;
  const context = Object.create(services) as Context;
  context.user = request.user;
  context.request = request;
  context.loaders = loaders;
  return context;
}
