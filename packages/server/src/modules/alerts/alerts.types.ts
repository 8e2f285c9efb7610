/** GraphQL types of watches, notifications and webhook deliveries. */
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../schema/connection";
import { LetterFilter } from "../letters/letter-types";

@ObjectType({ description: "Something a user follows; private to its owner." })
export class Watch {
  @Field(() => ID, { description: "The watch's id." })
  id: string;

  @Field(() => String, { description: "What is watched: MEMBER, LETTERS_SEARCH or LETTER (more kinds may be added)." })
  kind: string;

  @Field(() => String, { description: 'A name for the watch, e.g. "Brad Sherman (S000344)".' })
  label: string;

  @Field(() => String, { nullable: true, description: "The webhook of this watch alone; null: the user's webhook, if any." })
  webhookUrl: string | null;

  @Field(() => GraphQLISODateTime, { description: "When it was saved." })
  createdAt: Date;

  target: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: "MEMBER: the member's bioguide id." })
  get bioguideId(): string | null {
    return (this.target?.bioguideId as string) ?? null;
  }

  @Field(() => ID, { nullable: true, description: "LETTER: the letter's uuid." })
  get letterId(): string | null {
    return (this.target?.letterId as string) ?? null;
  }

  @Field(() => String, { nullable: true, description: "LETTERS_SEARCH: the saved `LetterFilter`, as JSON." })
  get filter(): string | null {
    return this.target?.filter ? JSON.stringify(this.target.filter) : null;
  }
}

@ObjectType({ description: "A page of watches." })
export class WatchConnection extends ConnectionType("Watch", Watch) {}

@InputType({ description: "A new watch: exactly one of `member`, `letters` or `letter`, with an optional label and webhook." })
export class WatchInput {
  @Field(() => String, { nullable: true, description: "A member's bioguide id: any letter they sign." })
  member?: string | null;

  @Field(() => LetterFilter, {
    nullable: true,
    description: "A saved letters search (the `letters` query's filter): each new letter matching it.",
  })
  letters?: LetterFilter | null;

  @Field(() => ID, { nullable: true, description: "A letter (id or uuid): signatures confirmed on it after review." })
  letter?: string | null;

  @Field(() => String, { nullable: true, description: "A name for the watch; default: one made from what is watched." })
  label?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An http(s) URL on a public address that receives this watch's alerts, signed (see `CreateWatchPayload.webhookSecret`).",
  })
  webhookUrl?: string | null;
}

@ObjectType({ description: "A saved watch and, with a webhook, the secret that signs its requests (shown only now)." })
export class CreateWatchPayload {
  @Field(() => Watch, { description: "The watch." })
  watch: Watch;

  @Field(() => String, {
    nullable: true,
    description:
      'HMAC-SHA256 key of the `Signatory-Signature` header (`t=<unix seconds>,v1=<hex of HMAC(key, t + "." + body)>`); null without a webhook.',
  })
  webhookSecret: string | null;
}

@ObjectType({ description: "An alert in the app: something a watch matched." })
export class Notification {
  @Field(() => ID, { description: "The notification's id." })
  id: string;

  @Field(() => String, { description: 'What happened, e.g. "Brad Sherman (S000344) signed “…”".' })
  message: string;

  @Field(() => ID, { nullable: true, description: "The letter's uuid (open it with `letter(id:)`)." })
  letterId: string | null;

  @Field(() => ID, { nullable: true, description: "The watch that matched; null once it was deleted." })
  watchId: string | null;

  @Field(() => GraphQLISODateTime, { description: "When it was made." })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was marked read; null while unread." })
  readAt: Date | null;
}

@ObjectType({ description: "A page of notifications, newest first." })
export class NotificationConnection extends ConnectionType("Notification", Notification) {}

export enum DeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  DEAD = "DEAD",
}
registerEnumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description: "Where a webhook delivery stands.",
  valuesConfig: {
    PENDING: { description: "Not yet accepted; retried with exponential backoff." },
    DELIVERED: { description: "The receiver answered 2xx." },
    DEAD: { description: "Every attempt failed (dead letter); `retryDelivery` queues it again." },
  },
});

@ObjectType({ description: "One webhook request to send (or sent) for an event." })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id." })
  id: string;

  @Field(() => String, { description: "Where it goes." })
  url: string;

  @Field(() => DeliveryStatus, { description: "PENDING, DELIVERED or DEAD." })
  status: DeliveryStatus;

  @Field(() => Int, { description: "Attempts so far." })
  attempts: number;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { description: "When the event was matched." })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the receiver accepted it." })
  deliveredAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "PENDING: when the next attempt is due." })
  nextAttemptAt: Date | null;
}

@ObjectType({ description: "A page of webhook deliveries, newest first." })
export class WebhookDeliveryConnection extends ConnectionType("WebhookDelivery", WebhookDelivery) {}

@ObjectType({ simpleResolvers: true, description: "How many watches and webhooks one user has (admins see counts, not contents)." })
export class WatchCount {
  @Field(() => String, { description: "The user's email." })
  email: string;

  @Field(() => Int, { description: "Watches saved." })
  watches: number;

  @Field(() => Int, { description: "Webhook URLs (the user's and per-watch ones)." })
  webhooks: number;
}
