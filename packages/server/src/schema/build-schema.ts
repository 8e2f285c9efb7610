import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { unwrapResolvers } from "./unwrap-resolvers";
import { AlertsResolver } from "../modules/alerts/alerts.resolver";
import { AdminResolver } from "../modules/auth/admin.resolver";
import { authChecker } from "../modules/auth/auth-checker";
import { AuthResolver } from "../modules/auth/auth.resolver";
import {
  ImportResolver,
  MatchCandidateResolver,
  PreviewSignatureResolver,
  SignatureLetterResolver,
} from "../modules/importing/import.resolver";
import { DocumentImportResolver, LetterOriginalResolver } from "../modules/importing/documents/document-import.resolver";
import { CurationResolver, LetterCurationFieldsResolver } from "../modules/curation/curation.resolver";
import { LetterFieldsResolver } from "../modules/letters/letter-fields.resolver";
import { LettersResolver, SignatureResolver } from "../modules/letters/letters.resolver";
import { MemberLettersResolver } from "../modules/letters/member-letters.resolver";
import { MemberFieldsResolver } from "../modules/members/member-fields.resolver";
import { MembersResolver } from "../modules/members/members.resolver";
import { MemberDataResolver } from "../modules/members/member-data.resolver";
import { NodeResolver } from "../modules/node/node.resolver";
import {
  MemberScoreResolver,
  MemberScoresResolver,
  ScorecardFieldsResolver,
  ScorecardItemResolver,
  ScorecardLetterResolver,
  ScoreLineResolver,
} from "../modules/scorecards/scorecard-fields.resolver";
import { ScorecardsResolver } from "../modules/scorecards/scorecards.resolver";
import { ComparedMemberResolver, LetterSeriesResolver, SeriesMatrixRowResolver, SeriesResolver } from "../modules/series/series.resolver";
import { CommitteesResolver, MemberCommitteesResolver } from "../modules/committees/committees.resolver";
import { GapResolver } from "../modules/gaps/gaps.resolver";
import { GroupsResolver } from "../modules/groups/groups.resolver";
import { SignerCountResolver, StatsResolver } from "../modules/stats/stats.resolver";

export const resolvers = [
  LettersResolver,
  LetterFieldsResolver,
  SignatureResolver,
  MembersResolver,
  MemberDataResolver,
  MemberFieldsResolver,
  MemberLettersResolver,
  StatsResolver,
  SignerCountResolver,
  NodeResolver,
  ImportResolver,
  SignatureLetterResolver,
  MatchCandidateResolver,
  PreviewSignatureResolver,
  AuthResolver,
  AdminResolver,
  ScorecardsResolver,
  ScorecardFieldsResolver,
  MemberScoreResolver,
  ScoreLineResolver,
  ScorecardLetterResolver,
  ScorecardItemResolver,
  MemberScoresResolver,
  AlertsResolver,
  DocumentImportResolver,
  LetterOriginalResolver,
  CurationResolver,
  LetterCurationFieldsResolver,
  SeriesResolver,
  LetterSeriesResolver,
  ComparedMemberResolver,
  SeriesMatrixRowResolver,
  CommitteesResolver,
  MemberCommitteesResolver,
  GapResolver,
  GroupsResolver,
] as const;

/**
 * Subscriptions bring their own `subscribe` (modules/alerts/broker.ts, per server process);
 * TypeGraphQL still asks for a topic-based PubSub, which nothing here uses.
 */
const NO_TOPICS = {
  publish(): void {
    throw new Error("Subscriptions publish through the alerts broker, not topics.");
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error("Subscriptions subscribe through the alerts broker, not topics.");
  },
};

export async function buildAppSchema(): Promise<GraphQLSchema> {
  // Mutations and editor/admin queries carry @Authorized(role); see modules/auth/auth-checker.ts.
  const schema = await buildSchema({ resolvers, validate: false, authChecker, authMode: "error", pubSub: NO_TOPICS });
  unwrapResolvers(schema, resolvers);
  return schema;
}
