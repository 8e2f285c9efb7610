/**
 * The letters read module: how letter and signature rows are mapped, which columns each GraphQL
 * field needs (the look-ahead), and one plan per relation that builds its loader key. The root
 * field `letter(id)` reads ahead with the same plans as the field resolvers, so a primed page is
 * found under exactly the key the field asks for: a key is built in one place.
 *
 * Its SQL is in letters.service.ts (letters, signatures, delegations) and
 * member-letters.service.ts (what a member signed).
 */
import type { GraphQLResolveInfo } from "graphql";
import { DomainError } from "../../errors/domain-error";
import type { Context } from "../../context";
import { entityColumns } from "../../db/entity-columns";
import { hydrate } from "../../db/sql";
import { badInput, pageSize } from "../../schema/connection";
import { fieldsAt, nodeFields, Projection } from "../../schema/projection";
import { childSelections, perSelection, selectedFieldNames } from "../../schema/selection";
import { MEMBER_PROJECTION } from "../members/members.read";
import type { LetterChamber } from "./enums";
import { Letter } from "./letter.entity";
import type { SignatureFilter } from "./letter-types";
import type { MemberSignatureFilter } from "./member-letter-types";
import { Signature } from "./signature.entity";

/** letter column -> Letter property, from the entity's decorators. */
const LETTER_COLUMNS = entityColumns(Letter);
/** signature column -> Signature property, from the entity's decorators. */
const SIGNATURE_COLUMNS = entityColumns(Signature);

/** `columns` of `letter l`, for a SELECT list. */
export const letterSelect = (columns: readonly string[]) => columns.map((c) => `l.${c}`).join(", ");
/** Every stored column of `letter l` (the search vector is no entity column). */
export const LETTER_SELECT = letterSelect(Object.keys(LETTER_COLUMNS));
/** `columns` of `signature s`, for a SELECT list. */
export const signatureSelect = (columns: readonly string[]) => columns.map((c) => `s.${c}`).join(", ");
/** Every stored column of `signature s`. */
export const SIGNATURE_SELECT = signatureSelect(Object.keys(SIGNATURE_COLUMNS));

/** A letter read with the columns a query selects (LETTER_PROJECTION; JOINED_LETTER_PROJECTION with a signature): its id and date always, the rest when asked for. */
export type LetterRow = Pick<Letter, "id" | "sentOn"> & Partial<Letter>;
/** A signature read with the columns a query selects (SIGNATURE_PROJECTION, or MEMBER_SIGNATURE_PROJECTION on a member). */
export type SignatureRow = Pick<Signature, "id" | "letterId" | "bioguideId"> & Partial<Signature>;

/** Letter fields computed by resolvers -> the columns they read. */
const LETTER_NEEDS = {
  id: ["id"],
  databaseId: ["id"],
  signatures: ["id"],
  breakdown: ["id"],
  topics: ["id"],
  mentions: ["id"],
  delegation: ["id", "sent_on", "chamber"],
  gap: ["id", "sent_on", "chamber"],
};
/** Letter fields -> columns (fields named like their property need that column; resolvers read the id). */
export const LETTER_PROJECTION = new Projection(LETTER_COLUMNS, LETTER_NEEDS, ["id", "sent_on", "signer_count"]); // the keys of every order's cursor
const SIGNATURE_NEEDS = { id: ["id"], party: ["party"], letter: ["letter_id"], member: ["bioguide_id"] };
/** Signature fields -> columns; `member` adds the joined member's own columns (MEMBER_PROJECTION). */
export const SIGNATURE_PROJECTION = new Projection(SIGNATURE_COLUMNS, SIGNATURE_NEEDS, ["id", "letter_id", "position", "bioguide_id"]);
/**
 * The same for a member's signatures: their member is the page's (no `bioguide_id` to read) and
 * their cursor is the letter's date, read with every row, and the id.
 */
export const MEMBER_SIGNATURE_PROJECTION = new Projection(SIGNATURE_COLUMNS, { ...SIGNATURE_NEEDS, member: [] }, ["id", "letter_id"]);
/**
 * Letter fields -> columns for a letter read with one of its signatures, which already gives its
 * id and date (`letter_id`, `letter_sent_on`): no column is read unless a field needs it.
 */
export const JOINED_LETTER_PROJECTION = new Projection(LETTER_COLUMNS, LETTER_NEEDS, []);

/** A row's letter; whole when every column was read. */
export const toLetter = (row: Record<string, unknown>) => hydrate(Letter, row, LETTER_COLUMNS);
const LETTER_JOINED_COLUMNS = Object.fromEntries(Object.entries(LETTER_COLUMNS).map(([c, prop]) => [`l_${c}`, prop])) as Record<
  string,
  keyof Letter
>;
/** `columns` of `letter l` as l_<column>, for a query that joins the letter to another row. */
export const letterJoinedSelect = (columns: readonly string[]) => columns.map((c) => `l.${c} AS l_${c}`).join(", ");
/** The letter of a row that selected some of its columns with letterJoinedSelect. */
export const toJoinedLetter = (row: Record<string, unknown>) => hydrate(Letter, row, LETTER_JOINED_COLUMNS);
export const toSignature = (row: Record<string, unknown>) => hydrate(Signature, row, SIGNATURE_COLUMNS);

/** Default page sizes: the GraphQL arguments' `defaultValue` and pageSize's fallback for `first: null`. */
export const PAGE = { letters: 20, signatures: 100, memberSignatures: 20, coSigners: 10, record: 50 } as const;

/** The signature filter: the GraphQL input `SignatureFilter` is the one shape. */
export type SignatureQuery = SignatureFilter;

/** What a page of a letter's signatures reads: `signatures(filter, first, after)` with its selection. */
export interface SignaturePagePlan {
  filter: SignatureQuery;
  first: number;
  after: string | null;
  /** The signature columns to read (SIGNATURE_PROJECTION). */
  columns: readonly string[];
  /** The member columns to read when the query asks for the signers' members (they come in the same statement). */
  memberColumns: readonly string[] | null;
  /** Whether the query asks for `totalCount` (a page of one letter then counts in the same statement; otherwise only if asked later). */
  total?: boolean;
}
/** The signaturePages loader's key: a plan on one letter. */
export interface SignaturePageKey extends SignaturePagePlan {
  letterId: string;
}

/**
 * Which of a delegation's members a selection needs: `signed` or `notSigned` when it asks for that
 * list alone (then neither `serving` nor `members`, which count and list the whole delegation).
 */
export type DelegationSigners = "all" | "signed" | "notSigned";

/** What a delegation reads: the state, the member columns its selection needs and which members. */
export interface DelegationPlan {
  state: string;
  /** The member columns to read; all when absent. */
  memberColumns?: readonly string[];
  /** Which members to read; all when absent. */
  signers?: DelegationSigners;
}
/** The delegation loader's key: a plan on one letter (its date and chamber choose the members). */
export interface DelegationKey extends DelegationPlan {
  letterId: string;
  sentOn: string;
  chamber: LetterChamber;
}

/** A member's signatures: `Member.signatures(filter, first, after)` with its selection. */
/** A member's signature filter: the GraphQL input `MemberSignatureFilter` is the one shape. */
export type MemberSignatureQuery = MemberSignatureFilter;
export interface MemberSignaturePageKey {
  bioguideId: string;
  filter: MemberSignatureQuery;
  first: number;
  after: string | null;
  /** The signature columns to read (MEMBER_SIGNATURE_PROJECTION). */
  columns: readonly string[];
  /** When the query asks for each signature's letter: the letter columns to read with it (JOINED_LETTER_PROJECTION). */
  letterColumns: readonly string[] | null;
  /** Whether the query selects `pageInfo.hasNextPage` (the page then reads one row more than it shows). */
  hasNext: boolean;
}

interface PageArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** A two-letter state code from user input, or null when it is not one. */
export function stateCode(state: string): string | null {
  const code = state.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : null;
}

/** The plans: each relation's loader key from its arguments and selection (`info` of that field). */
export const plan = {
  /** `Letter.signatures(filter, first, after)`. */
  signatures(args: PageArgs<SignatureFilter>, info: GraphQLResolveInfo): SignaturePagePlan {
    return {
      filter: { ...args.filter },
      first: pageSize(args.first, PAGE.signatures),
      after: args.after ?? null,
      ...perSelection(info, "signatures", () => {
        const memberFields = fieldsAt(info, ["edges", "node", "member"]);
        return {
          columns: SIGNATURE_PROJECTION.columnsFor(nodeFields(info)),
          memberColumns: memberFields && MEMBER_PROJECTION.columnsFor(memberFields),
          total: selectedFieldNames(info).has("totalCount"),
        };
      }),
    };
  },

  /** `Letter.delegation(state)`; BAD_USER_INPUT when `state` is no state code. */
  delegation(state: string, info: GraphQLResolveInfo): Required<DelegationPlan> {
    const code = stateCode(state);
    if (!code) throw badInput(`\`state\` must be a two-letter code, got "${state}".`, "state");
    const fields = [fieldsAt(info, ["signed"]), fieldsAt(info, ["notSigned"]), fieldsAt(info, ["members", "member"])];
    const selected = selectedFieldNames(info);
    const [signed, notSigned] = [selected.has("signed"), selected.has("notSigned")];
    // `members` (whatever its subfields) and `serving` list or count everyone.
    const whole = selected.has("members") || selected.has("serving");
    return {
      state: code,
      memberColumns: MEMBER_PROJECTION.columnsFor(new Set(fields.flatMap((f) => [...(f ?? [])]))),
      signers: whole || signed === notSigned ? "all" : signed ? "signed" : "notSigned",
    };
  },

  /** `Member.signatures(filter, first, after)`. */
  memberSignatures(bioguideId: string, args: PageArgs<MemberSignatureQuery>, info: GraphQLResolveInfo): MemberSignaturePageKey {
    return {
      bioguideId,
      filter: { ...args.filter },
      first: pageSize(args.first, PAGE.memberSignatures),
      after: args.after ?? null,
      ...perSelection(info, "memberSignatures", () => {
        const letterFields = fieldsAt(info, ["edges", "node", "letter"]);
        return {
          columns: MEMBER_SIGNATURE_PROJECTION.columnsFor(nodeFields(info)),
          letterColumns: letterFields && JOINED_LETTER_PROJECTION.columnsFor(letterFields),
          hasNext: fieldsAt(info, ["pageInfo"])?.has("hasNextPage") ?? false,
        };
      }),
    };
  },

  /** The letter columns a field returning letters (`info`) needs. */
  letterColumns(info: GraphQLResolveInfo): readonly string[] {
    return perSelection(info, "letterColumns", () => LETTER_PROJECTION.columnsFor(selectedFieldNames(info)));
  },

  /** The letter columns a connection of letters (`info`) needs. */
  letterNodeColumns(info: GraphQLResolveInfo): readonly string[] {
    return perSelection(info, "letterNodeColumns", () => LETTER_PROJECTION.columnsFor(nodeFields(info)));
  },
};

/**
 * `letter(id)`: the letter with only the columns the query selects (a body can be many
 * kilobytes), and what its fields will ask for read in the same statement and handed to their
 * loaders under the keys the field resolvers build with the same plans: every `delegation(state)`,
 * else one `signatures(...)` selection. Several signature selections, or arguments a field will
 * refuse, take the usual path (the field then reports its own error).
 */
export async function readLetter(
  ctx: Pick<Context, "letters" | "loaders">,
  id: string,
  info: GraphQLResolveInfo,
): Promise<LetterRow | null> {
  const letterColumns = plan.letterColumns(info);
  const delegations = childSelections(info, "delegation").flatMap((s) => {
    try {
      return [plan.delegation(String(s.args.state), s.info)];
    } catch {
      return []; // the field reports the bad state
    }
  });
  if (delegations.length) {
    const found = await ctx.letters.byIdWithDelegations(id, delegations, letterColumns);
    if (!found) return null;
    const { letter, lists } = found;
    delegations.forEach((d, i) =>
      ctx.loaders.delegation.prime({ ...d, letterId: letter.id, sentOn: letter.sentOn, chamber: letter.chamber! }, lists[i]),
    );
    return letter;
  }
  let signatures: SignaturePagePlan;
  try {
    const selections = childSelections(info, "signatures");
    if (selections.length !== 1) return ctx.letters.byId(id, letterColumns);
    signatures = plan.signatures(selections[0].args, selections[0].info);
  } catch {
    return ctx.letters.byId(id, letterColumns); // e.g. `first` out of range: the field reports it
  }
  let found;
  try {
    found = await ctx.letters.byIdWithSignatures(id, { signatures, letterColumns, onMember: ctx.loaders.primeMember });
  } catch (e) {
    if (e instanceof DomainError) return ctx.letters.byId(id, letterColumns); // a bad cursor: the field says so
    throw e;
  }
  if (found === null) return null;
  ctx.loaders.signaturePages.prime({ ...signatures, letterId: found.letter.id }, found.page);
  return found.letter;
}
