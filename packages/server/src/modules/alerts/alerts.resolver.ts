import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context";
import { DomainError } from "../../errors/domain-error";
import { checkFirst, type Page } from "../../schema/connection";
import { unauthenticated } from "../auth/auth-errors";
import { Role } from "../auth/roles";
import { Letter } from "../letters/letter.entity";
import type { WatchRow } from "./alerts.service";
import {
  CreateWatchPayload,
  DeliveryStatus,
  Notification,
  NotificationConnection,
  Watch,
  WatchConnection,
  WatchCount,
  WatchInput,
  WebhookDelivery,
  WebhookDeliveryConnection,
} from "./alerts.types";

const me = (ctx: Context) => ctx.user!.id;
const asWatch = (row: WatchRow) => Object.assign(new Watch(), row);
const asWatchPage = (page: Page<WatchRow>) => ({ ...page, nodes: page.nodes.map(asWatch) });
const FIRST = { nullable: true, defaultValue: 20, description: "Page size, 1 to 100." } as const;
const AFTER = { nullable: true, description: "Cursor to continue after." } as const;

function broker(ctx: Context, signedIn = false) {
  if (signedIn && !ctx.user) throw unauthenticated();
  if (!ctx.broker) throw new DomainError("Subscriptions are served over WebSocket at /graphql.", "BAD_REQUEST");
  return ctx.broker;
}

/** Watches, notifications and webhooks of the signed-in user; live alerts. */
@Resolver(() => Notification)
export class AlertsResolver {
  @Authorized(Role.VIEWER)
  @Query(() => WatchConnection, { description: "Your watches, newest first." })
  async watches(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after: string | null,
  ) {
    return WatchConnection.from(asWatchPage(await ctx.alerts.watches(me(ctx), checkFirst(first ?? 20), after)));
  }

  @Authorized(Role.VIEWER)
  @Mutation(() => CreateWatchPayload, {
    description: "Saves a watch on a member, a letters search or a letter. Caps: WATCH_MAX_PER_USER, WEBHOOK_MAX_PER_USER.",
  })
  async createWatch(@Ctx() ctx: Context, @Arg("input", () => WatchInput, { description: "What to watch." }) input: WatchInput) {
    const { watch, webhookSecret } = await ctx.alerts.createWatch(me(ctx), { ...input });
    return { watch: asWatch(watch), webhookSecret };
  }

  @Authorized(Role.VIEWER)
  @Mutation(() => Boolean, { description: "Deletes one of your watches; its notifications stay." })
  deleteWatch(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The watch's id." }) id: string) {
    return ctx.alerts.deleteWatch(me(ctx), id);
  }

  @Authorized(Role.VIEWER)
  @Query(() => NotificationConnection, { description: "Your notifications, newest first." })
  async notifications(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after: string | null,
    @Arg("unreadOnly", () => Boolean, { nullable: true, defaultValue: false, description: "Only those not yet read." }) unreadOnly: boolean,
  ) {
    return NotificationConnection.from(await ctx.alerts.notifications(me(ctx), checkFirst(first ?? 20), after, Boolean(unreadOnly)));
  }

  @Authorized(Role.VIEWER)
  @Query(() => Int, { description: "How many of your notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return ctx.alerts.unreadCount(me(ctx));
  }

  @Authorized(Role.VIEWER)
  @Mutation(() => Int, { description: "Marks notifications read (all of yours when `ids` is omitted); returns the unread count after." })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg("ids", () => [ID], { nullable: true, description: "Which ones; omit for all." }) ids: string[] | null,
  ) {
    return ctx.alerts.markRead(me(ctx), ids ?? null);
  }

  @Authorized(Role.VIEWER)
  @Query(() => String, { nullable: true, description: "Your webhook: every watch without its own webhook sends here." })
  myWebhook(@Ctx() ctx: Context) {
    return ctx.alerts.userWebhook(me(ctx));
  }

  @Authorized(Role.VIEWER)
  @Mutation(() => String, {
    nullable: true,
    description: 'Sets your webhook (http(s), public address) and returns its new signing secret, shown only now; null or "" removes it.',
  })
  setWebhook(
    @Ctx() ctx: Context,
    @Arg("url", () => String, { nullable: true, description: "The URL, or null to remove." }) url: string | null,
  ) {
    return ctx.alerts.setUserWebhook(me(ctx), url);
  }

  @Authorized(Role.VIEWER)
  @Query(() => WebhookDeliveryConnection, { description: "Your webhook deliveries, newest first; DEAD ones failed every attempt." })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg("status", () => DeliveryStatus, { nullable: true, description: "Only this status." }) status: DeliveryStatus | null,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after: string | null,
  ) {
    return WebhookDeliveryConnection.from(await ctx.alerts.deliveries(me(ctx), status, checkFirst(first ?? 20), after));
  }

  @Authorized(Role.VIEWER)
  @Mutation(() => WebhookDelivery, { description: "Queues a DEAD delivery again." })
  retryDelivery(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The delivery's id." }) id: string) {
    return ctx.alerts.retryDelivery(me(ctx), id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [WatchCount], { description: "Admins: how many watches and webhooks each user has (not what they watch)." })
  watchCounts(@Ctx() ctx: Context) {
    return ctx.alerts.watchCounts();
  }

  @FieldResolver(() => Letter, { nullable: true, description: "The letter, unless it was deleted." })
  letter(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.letterId ? ctx.loaders.letterById.load(n.letterId) : null;
  }

  @Authorized(Role.VIEWER)
  @Subscription(() => Notification, {
    description: "Your notifications as they are made (WebSocket, graphql-ws protocol).",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const messages = broker(ctx, true).messages((m) => m.type === "notification" && m.userId === ctx.user!.id);
      const user = me(ctx);
      return (async function* () {
        for await (const m of messages) {
          const n = m.type === "notification" ? await ctx.alerts.notification(user, m.notificationId) : null;
          if (n) yield n;
        }
      })();
    },
  })
  notificationAdded(@Root() n: Notification): Notification {
    return n;
  }

  @Subscription(() => Letter, {
    description: "Each newly imported letter, whoever imported it and through whichever server process (WebSocket, graphql-ws protocol).",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const messages = broker(ctx).messages((m) => m.type === "letter");
      return (async function* () {
        for await (const m of messages) {
          const letter = m.type === "letter" ? await ctx.letters.byIds([m.letterId]).then((l) => l[0]) : null;
          if (letter) yield letter;
        }
      })();
    },
  })
  letterImported(@Root() letter: Letter): Letter {
    return letter;
  }
}
