import { DomainError } from "../../errors/domain-error";
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { pageSize, ConnectionType } from "../../schema/connection";
import { selectedFieldNames, subfields } from "../../schema/selection";
import { Member } from "../members/member.entity";
import { Letter } from "./letter.entity";
import { LetterFilter, LetterOrder } from "./letter-types";
import { signaturePageKey } from "./signature-page-key";
import type { SignaturePageKey } from "./letters.loaders";
import { delegationMemberColumns, LETTER_PROJECTION, stateCode } from "./letters.service";
import { fieldsAt, nodeFields } from "../../schema/projection";
import { Signature } from "./signature.entity";

export { LetterFilter, SignatureFilter } from "./letter-types";

@ObjectType({ description: "A page of letters." })
export class LetterConnection extends ConnectionType("Letter", Letter) {}

@ObjectType({ description: "A page of signatures." })
export class SignatureConnection extends ConnectionType("Signature", Signature) {}

@Resolver(() => Letter)
export class LettersResolver {
  @Query(() => LetterConnection, { description: "Letters matching a filter, newest first unless `orderBy` says otherwise." })
  async letters(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => LetterFilter, { nullable: true, description: "Filters; all must hold." }) filter: LetterFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from the same order)." }) after: string | null,
    @Arg("orderBy", () => LetterOrder, { nullable: true, defaultValue: LetterOrder.DATE, description: "Order: DATE (default), SIGNER_COUNT, or RELEVANCE with `filter.search`." })
    orderBy: LetterOrder | null,
  ): Promise<LetterConnection> {
    const columns = LETTER_PROJECTION.columnsFor(nodeFields(info));
    return LetterConnection.from(await ctx.letters.list(filter ?? {}, pageSize(first, 20), after, orderBy ?? LetterOrder.DATE, columns));
  }

  @Query(() => Letter, { nullable: true, description: "One letter by id (its global `id` or its uuid `databaseId`); null when there is none." })
  async letter(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { description: "The letter's `id` or `databaseId`." }) id: string,
  ): Promise<Letter | null> {
    // `delegation(state)` below is loaded with the letter, in the same statement, with the member
    // columns each selection needs (keyed as the field resolver will ask for them).
    // Only the letter's columns the query selects (a body can be many kilobytes).
    const letterColumns = LETTER_PROJECTION.columnsFor(selectedFieldNames(info));
    const wanted = delegationSelections(info);
    if (!wanted.length) return this.letterWithSignatures(ctx, info, id, letterColumns);
    const states = [...new Set(wanted.map((w) => w.state))];
    const columns = [...new Set(wanted.flatMap((w) => w.memberColumns))];
    const found = await ctx.letters.byIdWithDelegations(id, states, columns, letterColumns);
    if (!found) return null;
    const { letter, delegations } = found;
    for (const { state, memberColumns } of wanted) {
      const key = { letterId: letter.id, sentOn: letter.sentOn, chamber: letter.chamber, state, memberColumns };
      ctx.loaders.delegation.prime(key, delegations[states.indexOf(state)]);
    }
    return letter;
  }

  /**
   * The letter, and when the query selects one `signatures(...)` below it, that page in the same
   * statement, handed to the loader under the key the field will ask for. Several selections, or
   * arguments the field will refuse, take the usual path (the field then reports its own error).
   */
  private async letterWithSignatures(ctx: Context, info: GraphQLResolveInfo, id: string, letterColumns: readonly string[]): Promise<Letter | null> {
    const nodes = subfields(info).filter((f) => f.name.value === "signatures");
    if (nodes.length !== 1) return ctx.letters.byId(id, letterColumns);
    const def = (info.returnType as GraphQLObjectType).getFields().signatures;
    let key: SignaturePageKey;
    try {
      key = signaturePageKey("", getArgumentValues(def, nodes[0], info.variableValues), { ...info, fieldNodes: nodes });
    } catch {
      return ctx.letters.byId(id, letterColumns); // e.g. `first` out of range: the field reports it
    }
    let found;
    try {
      found = await ctx.letters.byIdWithSignatures(
        id, key.filter, key.first, key.after, key.columns!,
        key.memberColumns ? { columns: key.memberColumns, onMember: ctx.loaders.primeMember } : undefined, letterColumns,
      );
    } catch (e) {
      if (e instanceof DomainError) return ctx.letters.byId(id, letterColumns); // a bad cursor: the field says so
      throw e;
    }
    if (found === null) return null;
    ctx.loaders.signaturePages.prime({ ...key, letterId: found.letter.id }, found.page);
    return found.letter;
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The member who signed; null unless MATCHED or CONFIRMED." })
  member(@Root() s: Signature, @Ctx() ctx: Context): Promise<Member | null> | Member | null {
    if (s.joinedMember !== undefined) return s.joinedMember;
    return s.bioguideId ? ctx.loaders.memberById.load(s.bioguideId) : null;
  }
}

/** Each `delegation(state)` selected under the letter being resolved: its state and the member columns its own selection needs. */
function delegationSelections(info: GraphQLResolveInfo): { state: string; memberColumns: string[] }[] {
  const def = (info.returnType as GraphQLObjectType).getFields().delegation;
  return subfields(info)
    .filter((f) => f.name.value === "delegation")
    .flatMap((node) => {
      const state = stateCode(String(getArgumentValues(def, node, info.variableValues).state));
      if (!state) return [];
      const at = (path: string[]) => fieldsAt({ ...info, fieldNodes: [node] }, path);
      return [{ state, memberColumns: delegationMemberColumns({ signed: at(["signed"]), notSigned: at(["notSigned"]), members: at(["members", "member"]) }) }];
    });
}
