import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";
import { ConnectionType } from "../../schema/connection";
import { Role } from "./roles";

export enum AuditOutcome {
  SUCCESS = "SUCCESS",
  FAILURE = "FAILURE",
  DENIED = "DENIED",
}

registerEnumType(AuditOutcome, {
  name: "AuditOutcome",
  description: "How an audited action ended.",
  valuesConfig: {
    SUCCESS: { description: "The change was stored." },
    FAILURE: { description: "The change was refused (bad input, wrong password); nothing was stored." },
    DENIED: { description: "The user's role does not allow the action." },
  },
});

@ObjectType({ description: "A person who signs in to the dashboard or owns API tokens." })
export class User {
  @Field(() => ID, { description: "The user's id." })
  id: string;

  @Field(() => String, { description: "Email address, used to sign in." })
  email: string;

  @Field(() => Role, { description: "What the user may do." })
  role: Role;

  @Field(() => GraphQLISODateTime, { description: "When the account was made." })
  createdAt: Date;
}

@ObjectType({ description: "A page of users." })
export class UserConnection extends ConnectionType("User", User) {}

@ObjectType({ description: "A token for scripts: `Authorization: Bearer <token>` acts as its owner." })
export class ApiToken {
  @Field(() => ID, { description: "The token's id (pass it to `revokeApiToken`)." })
  id: string;

  @Field(() => String, { description: "What the token is for." })
  name: string;

  @Field(() => String, { description: "The first characters of the token, to recognise it." })
  prefix: string;

  @Field(() => GraphQLISODateTime, { description: "When it was made." })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was last used (to the minute); null if never." })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was revoked; null while it works." })
  revokedAt: Date | null;
}

@ObjectType({ description: "A new API token; the secret is shown this once and stored only as a hash." })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: "The token's record." })
  apiToken: ApiToken;

  @Field(() => String, { description: "The secret to send as `Authorization: Bearer <token>`. It cannot be shown again." })
  token: string;
}

@ObjectType({ description: "One audited action: who, what, on which record, when, and how it ended." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's id (increasing)." })
  id: string;

  @Field(() => GraphQLISODateTime, { description: "When it happened." })
  at: Date;

  @Field(() => ID, { nullable: true, description: "The acting user's id; null for the command line or a deleted user." })
  actorId: string | null;

  @Field(() => String, { description: "The acting user's email at the time, or `cli:<os user>`." })
  actor: string;

  @Field(() => String, { description: "What was done, e.g. `letter.import`, `signature.resolve`, `user.create`." })
  action: string;

  @Field(() => String, { nullable: true, description: "The kind of record acted on, e.g. `Letter`." })
  targetType: string | null;

  @Field(() => String, { nullable: true, description: "The record's id." })
  targetId: string | null;

  @Field(() => AuditOutcome, { description: "How it ended." })
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true, description: "Details as a JSON object." })
  detail: string | null;

  @Field(() => String, { nullable: true, description: "The request id (also in the server log)." })
  requestId: string | null;
}

@ObjectType({ description: "A page of audit entries, newest first." })
export class AuditEntryConnection extends ConnectionType("AuditEntry", AuditEntry) {}
