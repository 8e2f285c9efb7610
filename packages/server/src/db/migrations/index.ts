import { Init1732870000000 } from "./1732870000000-Init";
import { Mentions1732870100000 } from "./1732870100000-Mentions";
import { LetterSearch1732870200000 } from "./1732870200000-LetterSearch";
import { Auth1732870400000 } from "./1732870400000-Auth";
import { DataVersion1732870600000 } from "./1732870600000-DataVersion";
import { SignatureMonthCount1732870700000 } from "./1732870700000-SignatureMonthCount";
import { Scorecards1732871500000 } from "./1732871500000-Scorecards";
import { Watches1732871800000 } from "./1732871800000-Watches";
import { LetterOriginal1732871200000 } from "./1732871200000-LetterOriginal";
import { LetterCuration1732871600000 } from "./1732871600000-LetterCuration";
import { Series1732871700000 } from "./1732871700000-Series";
import { Committees1732871400000 } from "./1732871400000-Committees";
import { ScorecardScores1732872000000 } from "./1732872000000-ScorecardScores";
import { ImportIndexes1732872010000 } from "./1732872010000-ImportIndexes";
import { SignatureLetterDate1732873000000 } from "./1732873000000-SignatureLetterDate";
import { SignatureMemberCovering1732874000000 } from "./1732874000000-SignatureMemberCovering";

/** Every migration, oldest first. Both PostgreSQL and PGlite run exactly these. */
export const migrations = [
  Init1732870000000,
  Mentions1732870100000,
  LetterSearch1732870200000,
  Auth1732870400000,
  DataVersion1732870600000,
  SignatureMonthCount1732870700000,
  Scorecards1732871500000,
  Watches1732871800000,
  LetterOriginal1732871200000,
  LetterCuration1732871600000,
  Series1732871700000,
  Committees1732871400000,
  ScorecardScores1732872000000,
  ImportIndexes1732872010000,
  SignatureLetterDate1732873000000,
  SignatureMemberCovering1732874000000,
];
