import { useQuery } from "@apollo/client";
import { Link, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { graphql } from "../gql";
import { formatDistrict } from "../lib/format";
import { partyInfo } from "../lib/party";
import { stateName } from "../lib/states";
import { textParam, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { PageSkeleton } from "../ui/Skeleton";
import { MemberScorecards } from "../scorecards/MemberScorecards";
import { WatchButton } from "../alerts/WatchButton";
import { CoSigners, SignedLetters } from "./MemberLetters";
import { MemberRecord } from "./MemberRecord";
import { MemberTerms } from "./MemberTerms";

export const MemberPageQuery = graphql(`
  query MemberPage($bioguideId: String!, $topic: String) {
    member(bioguideId: $bioguideId) {
      bioguideId
      fullName
      officialFull
      party
      state
      district
      currentTerm {
        chamber
        end
      }
      ...SignedLetters_member
      ...CoSigners_member
      ...MemberScorecards_member
      ...MemberRecord_member
      ...MemberTerms_member
    }
    memberTopics: stats(filter: { signedBy: [$bioguideId] }) {
      ...MemberRecord_stats
    }
  }
`);

/** One member: terms, letters signed over time, frequent co-signers, and their record on a topic (`?topic=`). */
export default function MemberPage() {
  const { bioguideId = "" } = useParams();
  const [topic, setTopic] = useUrlState(...textParam("topic"));
  const { data, previousData, error, loading, refetch } = useQuery(MemberPageQuery, {
    variables: { bioguideId, topic: topic || null },
  });
  const shown = data ?? previousData;

  if (error) return <ErrorMessage error={error} what="this member" onRetry={() => void refetch()} />;
  if (!shown) return <PageSkeleton />;
  const m = shown.member;
  if (!m) return <NotFound what="member" />;

  const serving = m.currentTerm && m.currentTerm.end >= new Date().toISOString().slice(0, 10);

  return (
    <article className="member-page">
      <title>{`${m.fullName} · Signatory`}</title>
      <p className="breadcrumb">
        <Link to="/members">← All members</Link>
      </p>
      <div className="page-head">
        <h1>
          {m.fullName} <PartyBadge party={m.party} />
        </h1>
        <p className="page-head__meta">
          {partyInfo(m.party).name} · {m.state ? <Link to={`/states/${m.state}`}>{stateName(m.state)}</Link> : "—"}
          {m.currentTerm?.chamber === "HOUSE" && `, district ${formatDistrict(m.district)}`}
          {m.currentTerm && ` · ${m.currentTerm.chamber === "SENATE" ? "Senate" : "House"}${serving ? "" : " (former)"}`} ·{" "}
          <code>{m.bioguideId}</code>
        </p>
        <WatchButton input={{ member: m.bioguideId }} label="Watch this member" />
      </div>

      <div className="grid-2">
        <SignedLetters member={m} />
        <CoSigners member={m} />
      </div>

      <MemberScorecards member={m} />
      <MemberRecord member={m} topics={shown.memberTopics} topic={topic} onTopic={setTopic} loading={loading} />
      <MemberTerms member={m} />
    </article>
  );
}
