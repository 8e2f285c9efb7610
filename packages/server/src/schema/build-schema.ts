import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import {
  ImportResolver,
  MatchCandidateResolver,
  PreviewSignatureResolver,
  SignatureLetterResolver,
} from "../modules/importing/import.resolver";
import { LettersResolver, SignatureResolver } from "../modules/letters/letters.resolver";
import { MembersResolver } from "../modules/members/members.resolver";

export const resolvers = [
  LettersResolver,
  SignatureResolver,
  MembersResolver,
  ImportResolver,
  SignatureLetterResolver,
  MatchCandidateResolver,
  PreviewSignatureResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
