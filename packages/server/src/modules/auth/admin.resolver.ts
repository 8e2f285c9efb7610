import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { pageSize } from "../../schema/connection";
import { AuditEntryConnection, User, UserConnection } from "./auth.types";
import { actorOf } from "./request";
import { Role } from "./roles";

/** Users and the audit log: admins only. */
@Resolver()
export class AdminResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: "Every user, by email." })
  async users(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<UserConnection> {
    return UserConnection.from(await ctx.auth.users.list(pageSize(first, 50), after));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Makes an account. The password (12+ characters) is stored as an argon2id hash." })
  createUser(
    @Ctx() ctx: Context,
    @Arg("email", () => String, { description: "Email, used to sign in; unique." }) email: string,
    @Arg("password", () => String, { description: "At least 12 characters." }) password: string,
    @Arg("role", () => Role, { description: "What the user may do." }) role: Role,
  ): Promise<User> {
    return ctx.auth.users.create(actorOf(ctx.request), { email, password, role });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Changes a user's role; their sessions end. You cannot lower your own role." })
  setUserRole(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The user's id." }) id: string,
    @Arg("role", () => Role, { description: "The new role." }) role: Role,
  ): Promise<User> {
    return ctx.auth.users.setRole(actorOf(ctx.request), id, role);
  }

  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: "Every audited action (imports, reviews, tags, users, tokens, sign-ins), newest first.",
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<AuditEntryConnection> {
    return AuditEntryConnection.from(await ctx.auth.audit.list(pageSize(first, 50), after));
  }
}
