/**
 * Tables without the data-version triggers (migration 1732870600000), each with the reason the
 * response cache needs no invalidation when it changes. Every other table must be versioned:
 * cache/versioned-tables.integration.test.ts reads the tables and triggers from the database
 * catalog after the migrations and fails on a table that is neither.
 */
export const UNVERSIONED_TABLES: Record<string, string> = {
  data_version: "the version counters themselves (bumping them on their own writes would recurse)",
  app_user: "accounts: read only by `me` (a caller field, never cached) and @Authorized admin fields",
  user_session: "sessions: read to find the caller, never by a cached field",
  api_token: "API tokens: read to find the caller and by @Authorized admin fields",
  audit_log: "the audit trail: read only by @Authorized admin fields",
  deleted_letter: "the bin of deleted letters: read only by @Authorized editor fields (the deletion itself writes `letter`)",
  letter_band: "the import-time similarity index of letters (lineage.ts): read while importing, never by a GraphQL read",
  letter_fingerprint: "the import-time similarity index of letters (lineage.ts): read while importing, never by a GraphQL read",
  signature_month_count: "a rollup kept by triggers on `signature` and `letter` in the same statement, whose own triggers bump the version",
  watch: "a user's saved alerts: read only by @Authorized fields of their owner",
  watch_key: "the match keys of saved alerts: read by the alerts worker, never by a GraphQL read",
  notification: "a user's notifications: read only by @Authorized fields of their owner",
  user_webhook: "a user's webhook settings: read only by @Authorized fields of their owner",
  delivery: "webhook delivery attempts: read only by @Authorized fields of their owner",
  outbox_event: "the alerts worker's queue of letter events: never read by GraphQL",
  scorecard_member_score:
    "published scorecards' stored grades, derived from versioned tables: every write to those inputs bumps the version in its own transaction (and marks the grades stale), so a refresh caused by a read must not invalidate the cache",
  scorecard_score_state:
    "whether a scorecard's stored grades are stale: written by the same triggers as the versioned inputs, and by reads that refresh them",
};
