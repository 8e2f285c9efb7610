/**
 * What can be watched. Each kind is one class: it checks its input and says which index keys a
 * watch gets (`prepare`), which keys an event produces (`eventKeys`, one SQL statement), and,
 * when keys only narrow the candidates, which candidates really match (`confirm`, in SQL).
 *
 * EXTENSION POINT: a new kind (committee or group, issue #14; a letter's series, issue #17) is a
 * class implementing `WatchKind`, added to `WATCH_KINDS`, plus one optional field on
 * `WatchInput` (alerts.types.ts) named after its `inputField`.
 */
import { DomainError, notFound } from "../../errors/domain-error";
import type { EntityManager } from "typeorm";
import { Conditions } from "../../db/sql";
import { badInput } from "../../schema/connection";
import { letterConditions, type LetterQuery } from "../letters/letter-query";
import { letterUuid } from "../node/global-id";
import type { LetterEventType } from "./outbox";

/** An outbox row as the worker reads it. */
export interface StoredEvent {
  id: string;
  type: LetterEventType;
  letterId: string;
  detail: { bioguideIds: string[]; summary: string | null };
}

/** A watch found through its keys. */
export interface CandidateWatch {
  id: string;
  userId: string;
  kind: string;
  target: Record<string, unknown>;
  label: string;
}

export interface WatchSpec {
  /** Stored as jsonb; `confirm` reads it back. */
  target: Record<string, unknown>;
  /** The index keys; an event matches a watch when they share a key (then `confirm`, if any). */
  keys: string[];
  /** Shown to the user: "Brad Sherman (S000344)". */
  label: string;
}

export interface WatchKind<Input = unknown> {
  /** Stored in `watch.kind` and returned as `Watch.kind`. */
  readonly kind: string;
  /** The `WatchInput` field that selects this kind. */
  readonly inputField: string;
  /** Events this kind is told about. */
  readonly events: readonly LetterEventType[];
  prepare(em: EntityManager, input: Input): Promise<WatchSpec>;
  eventKeys(em: EntityManager, event: StoredEvent): Promise<string[]>;
  confirm?(em: EntityManager, event: StoredEvent, candidates: CandidateWatch[]): Promise<Set<string>>;
  /** The notification's text for a match. */
  message(event: StoredEvent, letterTitle: string, watch: CandidateWatch): string;
}

/** A member: any letter they sign, and a signature later confirmed as theirs. */
export class MemberWatchKind implements WatchKind<string> {
  readonly kind = "MEMBER";
  readonly inputField = "member";
  readonly events = ["LETTER_IMPORTED", "LETTER_UPDATED"] as const;

  async prepare(em: EntityManager, bioguideId: string): Promise<WatchSpec> {
    const id = bioguideId.trim().toUpperCase();
    if (!/^[A-Z]\d{6}$/.test(id))
      throw badInput(`"${bioguideId}" is not a bioguide id (one letter and six digits, e.g. S000344).`, "input.member");
    const [m] = await em.query(`SELECT bioguide_id, full_name FROM member WHERE bioguide_id = $1 AND NOT is_demo`, [id]);
    if (!m) throw notFound(`No member with bioguide id ${id}.`);
    return { target: { bioguideId: id }, keys: [`member:${id}`], label: `${m.full_name} (${id})` };
  }

  async eventKeys(em: EntityManager, event: StoredEvent): Promise<string[]> {
    if (event.type === "LETTER_UPDATED") return event.detail.bioguideIds.map((id) => `member:${id}`);
    const rows = await em.query(
      `SELECT DISTINCT 'member:' || bioguide_id AS key FROM signature WHERE letter_id = $1 AND bioguide_id IS NOT NULL`,
      [event.letterId],
    );
    return rows.map((r: { key: string }) => r.key);
  }

  message(event: StoredEvent, title: string, watch: CandidateWatch): string {
    return event.type === "LETTER_IMPORTED" ? `${watch.label} signed “${title}”` : `${watch.label}: signature confirmed on “${title}”`;
  }
}

/** The keys a saved search is indexed under: its most selective condition that a letter's keys can show. */
export function searchKeys(filter: LetterQuery): string[] {
  if (filter.signedBy?.length) return [`member:${filter.signedBy[0].trim().toUpperCase()}`];
  if (filter.topic?.trim()) return [`topic:${filter.topic.trim().toLowerCase()}`];
  if (filter.signerStates?.length) return [...new Set(filter.signerStates.map((s) => `state:${s.trim().toUpperCase()}`))];
  if (filter.chamber) return [`chamber:${filter.chamber}`];
  return ["*"];
}

/** Only the conditions a LetterFilter has, without nulls, so equal filters store equally. */
function compact(filter: LetterQuery): LetterQuery {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as LetterQuery;
}

/** A saved letters search: the `LetterFilter` of the `letters` query, checked the same way. */
export class LettersSearchWatchKind implements WatchKind<LetterQuery> {
  readonly kind = "LETTERS_SEARCH";
  readonly inputField = "letters";
  readonly events = ["LETTER_IMPORTED"] as const;

  async prepare(em: EntityManager, input: LetterQuery): Promise<WatchSpec> {
    const filter = compact(input);
    if (Object.keys(filter).length === 0) throw badInput("A saved search needs at least one condition.", "input.letters");
    // The same checks (and SQL) as `letters(filter:)`: a filter the API refuses is refused here.
    let c: Conditions;
    try {
      c = letterConditions(new Conditions(), filter);
    } catch (e) {
      const field = e instanceof DomainError ? e.field : undefined;
      if (typeof field !== "string") throw e;
      throw badInput((e as DomainError).message, field.replace(/^filter\./, "input.letters."));
    }
    await em.query(`SELECT 1 FROM letter l ${c.where} LIMIT 0`, c.params);
    const label = Object.entries(filter)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
      .join("; ");
    return { target: { filter }, keys: searchKeys(filter), label };
  }

  async eventKeys(em: EntityManager, event: StoredEvent): Promise<string[]> {
    const rows = await em.query(
      `SELECT 'topic:' || lower(topic) AS key FROM letter_topic WHERE letter_id = $1
       UNION SELECT DISTINCT 'state:' || state FROM signature WHERE letter_id = $1 AND state IS NOT NULL
       UNION SELECT 'chamber:' || chamber FROM letter WHERE id = $1
       UNION SELECT '*'`,
      [event.letterId],
    );
    return rows.map((r: { key: string }) => r.key);
  }

  /** One statement per 200 distinct filters: each is the `letters` filter applied to this letter. */
  async confirm(em: EntityManager, event: StoredEvent, candidates: CandidateWatch[]): Promise<Set<string>> {
    const byFilter = new Map<string, string[]>();
    for (const w of candidates) {
      const key = JSON.stringify((w.target as { filter: LetterQuery }).filter);
      byFilter.set(key, [...(byFilter.get(key) ?? []), w.id]);
    }
    const filters = [...byFilter.keys()];
    const matched = new Set<string>();
    for (let i = 0; i < filters.length; i += 200) {
      const params: unknown[] = [event.letterId];
      const parts = filters.slice(i, i + 200).map((f, j) => {
        const c = letterConditions(new Conditions(params), JSON.parse(f));
        c.raw(`l.id = $1`);
        return `SELECT ${i + j} AS n FROM letter l ${c.where}`;
      });
      const rows = await em.query(parts.join(" UNION ALL "), params);
      for (const r of rows) for (const id of byFilter.get(filters[r.n])!) matched.add(id);
    }
    return matched;
  }

  message(_event: StoredEvent, title: string, watch: CandidateWatch): string {
    return `New letter matching your search (${watch.label}): “${title}”`;
  }
}

/** A letter: its signatures confirmed after review (and, once series exist, a new version). */
export class LetterWatchKind implements WatchKind<string> {
  readonly kind = "LETTER";
  readonly inputField = "letter";
  readonly events = ["LETTER_UPDATED"] as const;

  async prepare(em: EntityManager, id: string): Promise<WatchSpec> {
    const uuid = letterUuid(id.trim());
    const [l] = uuid ? await em.query(`SELECT id, title FROM letter WHERE id = $1`, [uuid]) : [];
    if (!l) throw notFound(`No letter with id ${id}.`);
    return { target: { letterId: l.id }, keys: [`letter:${l.id}`], label: `“${l.title}”` };
  }

  async eventKeys(_em: EntityManager, event: StoredEvent): Promise<string[]> {
    return [`letter:${event.letterId}`];
  }

  message(event: StoredEvent, title: string): string {
    return `“${title}” changed${event.detail.summary ? `: ${event.detail.summary}` : ""}`;
  }
}

export const WATCH_KINDS: readonly WatchKind<never>[] = [new MemberWatchKind(), new LettersSearchWatchKind(), new LetterWatchKind()];

export function kindNamed(kind: string): WatchKind<never> | undefined {
  return WATCH_KINDS.find((k) => k.kind === kind);
}
