import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import { recordAttempt, writeAudit, type Actor } from "../auth/audit.service";
import { AuditOutcome } from "../auth/auth.types";
import { recordLetterEvent } from "../alerts/outbox";
import { clearDemo } from "../demo/demo.service";
import { MembersService } from "../members/members.service";
import { ImportInputError } from "./import-errors";
import { parseAndMatchInWorker } from "./parse-in-worker";
import { distinctTitle, shortTitle } from "./title";
import { recordLineage } from "../series/lineage";
import type { Extraction, MatchCandidate, MatchResult, ParsedLetter, ParsedSigner } from "./types";

export { ImportInputError } from "./import-errors";
export { MAX_LETTER_BYTES } from "./parse-in-worker";

export interface PreviewSigner extends ParsedSigner, Omit<MatchResult, "status"> {
  /** MATCHED, AMBIGUOUS or UNMATCHED by the matcher; CONFIRMED when a person picked the member. */
  status: MatchResult["status"] | "CONFIRMED";
  /** State, district and party of the matched member on the letter's date. */
  state: string | null;
  district: number | null;
  party: string | null;
}

export interface ImportPreview extends Omit<ParsedLetter, "signers" | "date" | "chamber"> {
  date: string;
  chamber: "HOUSE" | "SENATE" | "BICAMERAL";
  contentHash: string;
  signers: PreviewSigner[];
  /** People, laws, organisations, places and dates named in the body; suggested topic tags. */
  extraction: Extraction;
}

/** A person's choice of member for a printed name, applied as the letter is stored. */
export interface Resolution {
  position: number;
  bioguideId: string;
}

export interface ImportOptions {
  /** Where the letter came from: a file name or URL. */
  sourceName?: string | null;
  /** Who imports it; an audit row is written in the same transaction. */
  actor?: Actor | null;
  /** Names fixed by a person before saving: stored as CONFIRMED, in the same transaction. */
  resolutions?: Resolution[];
  /** Test hook: called for every signer after the signatures are written (fault injection). */
  afterSigner?: (position: number) => void;
  /** More rows to write with a new letter, in its transaction (the original file, for documents). */
  onStored?: (em: EntityManager, letterId: string, preview: ImportPreview) => Promise<void>;
}

export interface ImportOutcome {
  letterId: string;
  /** False when the same letter was already stored: nothing was written. */
  created: boolean;
  preview: ImportPreview;
}

/** Signatures a person still has to look at. */
export const needsReview = (p: ImportPreview) => p.signers.filter((s) => s.status === "AMBIGUOUS" || s.status === "UNMATCHED").length;

/** The letter stored with this text's hash, or the one it was merged into (see modules/curation). */
export async function letterWithText(em: Pick<EntityManager, "query">, hash: string): Promise<{ id: string } | null> {
  const [row] = await em.query(
    `SELECT id FROM letter WHERE content_hash = $1 UNION ALL SELECT letter_id FROM letter_source WHERE content_hash = $1 LIMIT 1`,
    [hash],
  );
  return row ?? null;
}

/** Same letter, same hash: whitespace, line endings and Unicode forms do not matter. */
export function contentHash(text: string): string {
  const normal = text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normal).digest("hex");
}

function chambersOf(parsed: ParsedLetter): ("HOUSE" | "SENATE")[] {
  if (parsed.chamber === "HOUSE" || parsed.chamber === "SENATE") return [parsed.chamber];
  return ["HOUSE", "SENATE"];
}

export class ImportService {
  private readonly members: MembersService;

  constructor(private readonly db: Database) {
    this.members = new MembersService(db);
  }

  /** Parses and matches without writing anything; the reading itself runs in the letter workers. */
  /** A preview of `text` and the id of the stored letter with the same text (or source text), if any; stores nothing. */
  async previewWithExisting(text: string): Promise<{ preview: ImportPreview; existingLetterId: string | null }> {
    const preview = await this.preview(text);
    return { preview, existingLetterId: (await letterWithText(this.db.manager, preview.contentHash))?.id ?? null };
  }

  async preview(text: string, em: EntityManager = this.db.manager): Promise<ImportPreview> {
    const { parsed, matches, candidates, extraction } = await parseAndMatchInWorker(text, {
      candidates: async (letter) => {
        const pool = await this.members.servingOn(letter.date, chambersOf(letter), em);
        if (pool.length === 0) {
          throw new ImportInputError(
            (await this.members.realMemberCount(em)) === 0
              ? "No members are loaded yet: run `signatory members sync` before importing letters."
              : `No member data covers ${letter.date}: sync members from a source that includes that date (e.g. the upstream historical file).`,
            "NO_MEMBERS",
          );
        }
        return pool;
      },
    });
    const byId = new Map<string, MatchCandidate>(candidates.map((m) => [m.bioguideId, m]));
    const signers = parsed.signers.map((s, i): PreviewSigner => {
      const match = matches[i];
      const member = match.bioguideId ? byId.get(match.bioguideId) : undefined;
      return {
        ...s,
        ...match,
        state: member?.state ?? null,
        district: member?.district ?? null,
        party: member?.party ?? null,
      };
    });
    const chamber = parsed.chamber ?? (candidates.length && signers.every((s) => s.chamber === "SENATE") ? "SENATE" : "HOUSE");
    const hash = contentHash(text);
    const lead = parsed.signers.find((s) => s.role === "LEAD") ?? parsed.signers[0];
    const title = await distinctTitle(em, shortTitle(parsed.title), parsed.date, lead?.printed ?? null, hash);
    return { ...parsed, title, chamber, signers, contentHash: hash, extraction };
  }

  /**
   * Applies a person's picks to the preview: each must name a signer's position and a member
   * who served in the letter's chamber(s) on its date, or the whole import is refused.
   */
  private async applyResolutions(em: EntityManager, preview: ImportPreview, resolutions: Resolution[]) {
    const chambers = chambersOf(preview);
    for (const r of resolutions) {
      const signer = preview.signers.find((s) => s.position === r.position);
      if (!signer) throw new ImportInputError(`No signer at position ${r.position}.`, "BAD_RESOLUTION");
      const period = await this.members.periodOn(r.bioguideId, chambers, preview.date, em);
      if (!period) {
        throw new ImportInputError(
          `${r.bioguideId} (for "${signer.printed}") was not serving in the ${chambers.join(" or ").toLowerCase()} on ${preview.date}.`,
          "BAD_RESOLUTION",
          signer.line,
        );
      }
      Object.assign(signer, { status: "CONFIRMED", bioguideId: r.bioguideId, confidence: 1, ...period });
    }
  }

  /**
   * Stores the letter and all its signatures in one transaction, or nothing. The same content
   * imported again (or twice at once) is recognised by its hash and not stored again. With an
   * `actor`, an audit row is written in the same transaction (a refused import is recorded too).
   */
  async import(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    const { sourceName = null, actor = null } = options;
    try {
      return await this.store(text, options);
    } catch (e) {
      if (actor && e instanceof ImportInputError) {
        await recordAttempt(this.db, actor, {
          action: "letter.import",
          targetType: "Letter",
          outcome: AuditOutcome.FAILURE,
          detail: { sourceName, reason: e.reason },
        });
      }
      throw e;
    }
  }

  private store(
    text: string,
    { sourceName = null, actor = null, resolutions = [], afterSigner, onStored }: ImportOptions,
  ): Promise<ImportOutcome> {
    const audit = async (em: EntityManager, letterId: string, created: boolean) => {
      if (actor)
        await writeAudit(em, actor, { action: "letter.import", targetType: "Letter", targetId: letterId, detail: { sourceName, created } });
    };
    // Read before the transaction: parsing runs in a worker and must not hold a pooled connection meanwhile.
    const reading = this.preview(text);
    return reading.then((preview) =>
      this.db.transaction(
        async (em) => {
          const hash = contentHash(text);
          const existing = await letterWithText(em, hash);
          await this.applyResolutions(em, preview, resolutions);
          if (existing) {
            await audit(em, existing.id, false);
            return { letterId: existing.id, created: false, preview };
          }
          await clearDemo(em);
          // The letter, its signatures, mentions and topics: one statement (data-modifying CTEs). A
          // concurrent import of the same text makes `l` empty, and then nothing else is written.
          const { mentions, topics } = preview.extraction;
          const signatures = preview.signers.map((s) => ({
            position: s.position,
            printed_name: s.printed,
            printed_title: s.title,
            role: s.role,
            status: s.status,
            confidence: s.confidence,
            bioguide_id: s.status === "MATCHED" || s.status === "CONFIRMED" ? s.bioguideId : null,
            state: s.state,
            district: s.district,
            party: s.party,
            candidates: s.candidates,
          }));
          const [inserted] = await em.query(
            `WITH l AS (
           INSERT INTO letter (title, sent_on, chamber, recipients, salutation, body, source_name, content_hash, signer_count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (content_hash) DO NOTHING RETURNING id),
         s AS (
           INSERT INTO signature (letter_id, position, printed_name, printed_title, role, status, confidence, bioguide_id, state, district, party, candidates)
           SELECT l.id, s.position, s.printed_name, s.printed_title, s.role, s.status, s.confidence, s.bioguide_id, s.state, s.district, s.party, coalesce(s.candidates, '[]')
             FROM l, jsonb_to_recordset($10::jsonb) AS s(position int, printed_name text, printed_title text, role varchar, status varchar, confidence real,
                  bioguide_id varchar, state varchar, district int, party varchar, candidates jsonb)),
         m AS (
           INSERT INTO letter_mention (letter_id, kind, text, role, normalized, count)
           SELECT l.id, m.kind, m.text, m.role, m.normalized, m.count
             FROM l, jsonb_to_recordset($11::jsonb) AS m(kind text, text text, role text, normalized text, count int)),
         t AS (INSERT INTO letter_topic (letter_id, topic) SELECT l.id, unnest($12::text[]) FROM l)
         SELECT id FROM l`,
            [
              preview.title,
              preview.date,
              preview.chamber,
              JSON.stringify(preview.recipients),
              preview.salutation,
              preview.body,
              sourceName,
              hash,
              preview.signers.length,
              JSON.stringify(signatures),
              JSON.stringify(mentions),
              topics,
            ],
          );
          if (!inserted) {
            const other = (await letterWithText(em, hash))!;
            await audit(em, other.id, false);
            return { letterId: other.id, created: false, preview };
          }
          await recordLineage(em, {
            letterId: inserted.id,
            title: preview.title,
            sentOn: preview.date,
            body: preview.body,
            recipients: preview.recipients,
          });
          // Fault-injection point for tests: a failure here must roll back the letter and every signature.
          for (const s of preview.signers) afterSigner?.(s.position);
          await recordLetterEvent(em, { type: "LETTER_IMPORTED", letterId: inserted.id });
          await onStored?.(em, inserted.id, preview);
          await audit(em, inserted.id, true);
          return { letterId: inserted.id, created: true, preview };
        },
        { statementTimeoutMs: this.db.importTimeoutMs, share: "import" },
      ),
    );
  }
}
