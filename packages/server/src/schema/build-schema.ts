import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AdminResolver } from "../modules/auth/admin.resolver";
import { authChecker } from "../modules/auth/auth-checker";
import { AuthResolver } from "../modules/auth/auth.resolver";
import {
  ImportResolver,
  MatchCandidateResolver,
  PreviewSignatureResolver,
  SignatureLetterResolver,
} from "../modules/importing/import.resolver";
import { LetterFieldsResolver } from "../modules/letters/letter-fields.resolver";
import { LettersResolver, SignatureResolver } from "../modules/letters/letters.resolver";
import { MemberFieldsResolver } from "../modules/members/member-fields.resolver";
import { MembersResolver } from "../modules/members/members.resolver";
import { NodeResolver } from "../modules/node/node.resolver";
import { CommitteesResolver, MemberCommitteesResolver } from "../modules/committees/committees.resolver";
import { GapResolver } from "../modules/gaps/gaps.resolver";
import { GroupsResolver } from "../modules/groups/groups.resolver";
import { SignerCountResolver, StatsResolver } from "../modules/stats/stats.resolver";

export const resolvers = [
  LettersResolver,
  LetterFieldsResolver,
  SignatureResolver,
  MembersResolver,
  MemberFieldsResolver,
  StatsResolver,
  SignerCountResolver,
  NodeResolver,
  ImportResolver,
  SignatureLetterResolver,
  MatchCandidateResolver,
  PreviewSignatureResolver,
  AuthResolver,
  AdminResolver,
  CommitteesResolver,
  MemberCommitteesResolver,
  GapResolver,
  GroupsResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  // Mutations and editor/admin queries carry @Authorized(role); see modules/auth/auth-checker.ts.
  return buildSchema({ resolvers, validate: false, authChecker, authMode: "error" });
}
