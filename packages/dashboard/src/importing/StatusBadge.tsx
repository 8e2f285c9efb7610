import type { MatchStatus } from "../gql/graphql";
import { STATUS_LABEL } from "../lib/format";

const TONE: Record<MatchStatus, string> = { MATCHED: "ok", CONFIRMED: "ok", AMBIGUOUS: "warn", UNMATCHED: "bad" };

/** A match status as a coloured word (never colour alone). */
export function StatusBadge({ status }: { status: MatchStatus }) {
  return <span className={`status status--${TONE[status]}`}>{STATUS_LABEL[status]}</span>;
}
