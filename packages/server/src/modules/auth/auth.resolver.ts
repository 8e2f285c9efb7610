import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { recordAttempt } from "./audit.service";
import { AuthError } from "./auth-errors";
import { ApiToken, AuditOutcome, CreatedApiToken, User } from "./auth.types";
import { actorOf } from "./request";
import { Role } from "./roles";

/** Signing in and out of the dashboard, and API tokens for scripts. */
@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user (session or API token); null when anonymous." })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    return ctx.user ? ctx.auth.users.byEmail(ctx.user.email) : null;
  }

  @Mutation(() => User, {
    description:
      "Signs in: sets an HttpOnly session cookie. Wrong email or password is BAD_USER_INPUT; after 5 failures in 15 minutes (per account or address) RATE_LIMITED with `retryAfter` seconds.",
  })
  async login(
    @Ctx() ctx: Context,
    @Arg("email", () => String, { description: "The account's email." }) email: string,
    @Arg("password", () => String, { description: "The account's password." }) password: string,
  ): Promise<User> {
    const { ip } = ctx.request;
    const user = await ctx.auth.throttle.attempt(email, ip, () => ctx.auth.users.authenticate(email, password));
    if (!user) {
      await recordAttempt(
        ctx.db,
        { ...actorOf(ctx.request), label: email.trim().toLowerCase().slice(0, 254) },
        {
          action: "session.login",
          outcome: AuditOutcome.FAILURE,
        },
      );
      throw new AuthError("Wrong email or password.", "BAD_USER_INPUT");
    }
    const session = await ctx.auth.credentials.startSession(
      { ...actorOf(ctx.request), id: user.id, label: user.email },
      user,
      ctx.request.userAgent,
    );
    ctx.request.setSessionCookie(session);
    return user;
  }

  @Mutation(() => Boolean, { description: "Signs out: ends the session and clears its cookie. True even without a session." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.request.sessionSecret) await ctx.auth.credentials.endSession(actorOf(ctx.request), ctx.request.sessionSecret);
    ctx.request.setSessionCookie(null);
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiToken, { description: "Makes an API token acting as a user (default: you). The secret is returned this once." })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg("name", () => String, { description: 'What the token is for, e.g. "nightly import".' }) name: string,
    @Arg("userId", () => ID, { nullable: true, description: "The user the token acts as; default: you." }) userId: string | null,
  ): Promise<CreatedApiToken> {
    return ctx.auth.credentials.createToken(actorOf(ctx.request), userId ?? ctx.user!.id, name);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiToken, { description: "Stops an API token from working, at once." })
  revokeApiToken(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The token's id." }) id: string): Promise<ApiToken> {
    return ctx.auth.credentials.revokeToken(actorOf(ctx.request), id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ApiToken], { description: "A user's API tokens (default: yours), newest first; secrets are never shown." })
  apiTokens(
    @Ctx() ctx: Context,
    @Arg("userId", () => ID, { nullable: true, description: "Whose tokens; default: yours." }) userId: string | null,
  ): Promise<ApiToken[]> {
    return ctx.auth.credentials.tokensOf(userId ?? ctx.user!.id);
  }
}
