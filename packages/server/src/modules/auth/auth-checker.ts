/**
 * TypeGraphQL's authChecker: `@Authorized(Role.EDITOR)` lets EDITOR and ADMIN through.
 * No user is UNAUTHENTICATED; a user whose role is too low is FORBIDDEN (and, for a mutation,
 * recorded in the audit log as DENIED).
 */
import type { AuthChecker } from "type-graphql";
import type { Context } from "../../context";
import { recordAttempt } from "./audit.service";
import { forbidden, unauthenticated } from "./auth-errors";
import { AuditOutcome } from "./auth.types";
import { actorOf } from "./request";
import { roleAllows } from "./roles";

export const authChecker: AuthChecker<Context> = async ({ context, info }, roles) => {
  const user = context.user;
  if (!user) throw unauthenticated();
  if (roleAllows(user.role, roles)) return true;
  if (info.parentType.name === "Mutation") {
    await recordAttempt(context.db, actorOf(context.request), {
      action: info.fieldName,
      outcome: AuditOutcome.DENIED,
      detail: { role: user.role, needs: roles },
    });
  }
  throw forbidden(`Your role (${user.role}) cannot do this; it needs ${roles.join(" or ")}.`);
};
