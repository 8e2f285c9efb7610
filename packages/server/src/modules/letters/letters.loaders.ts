import DataLoader from "dataloader";
import type { Page } from "../../schema/connection";
import type { Member } from "../members/member.entity";
import type { Letter } from "./letter.entity";
import type { DelegationMember, LetterBreakdown, LetterMention } from "./letter-types";
import type { DelegationKey, MemberSignaturePageKey, SignaturePageKey, SignatureRow } from "./letters.read";
import type { LettersService } from "./letters.service";
import type { MemberLettersService } from "./member-letters.service";
import type { Signature } from "./signature.entity";

/**
 * Loads one page per parent for keys that share their arguments: the same `signatures(...)`
 * field on every letter of a page becomes one statement, whatever the page size.
 */
export function pageLoader<K extends { first: number; after: string | null }, T>(
  parentOf: (key: K) => string,
  argsOf: (key: K) => unknown,
  load: (parents: string[], key: K) => Promise<Map<string, Page<T>>>,
) {
  // A key's arguments as text, once per key: the loader's cache key and its batch's grouping both use it.
  const texts = new WeakMap<K, string>();
  const argsText = (k: K) => {
    let text = texts.get(k);
    if (text === undefined) texts.set(k, (text = JSON.stringify(argsOf(k))));
    return text;
  };
  return new DataLoader<K, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const k of keys) {
        const text = argsText(k);
        const group = groups.get(text);
        if (group) group.push(k);
        else groups.set(text, [k]);
      }
      const results = new Map<K, Page<T>>();
      for (const group of groups.values()) {
        const pages = await load([...new Set(group.map(parentOf))], group[0]);
        for (const k of group) results.set(k, pages.get(parentOf(k))!);
      }
      return keys.map((k) => results.get(k)!);
    },
    { cacheKeyFn: (k) => `${parentOf(k)}\u0000${argsText(k)}` },
  );
}

/**
 * Per-request loaders for letters, and for what members signed: one query per kind of thing,
 * however many letters or members ask.
 */
export function lettersLoaders(
  letters: LettersService,
  memberLetters: MemberLettersService,
  memberById?: DataLoader<string, Member | null>,
) {
  const primeMember = (m: Member) => memberById?.prime(m.bioguideId, m);
  return {
    /** Hands a whole member read with a signature page to the member loader. */
    primeMember,
    letterById: new DataLoader<string, Letter | null>((ids) => letters.byIds(ids)),
    signatureById: new DataLoader<string, Signature | null>((ids) => letters.signatureByIds(ids)),
    signaturePages: pageLoader<SignaturePageKey, SignatureRow>(
      (k) => k.letterId,
      (k) => [k.filter, k.first, k.after, k.columns, k.memberColumns],
      (ids, k) => letters.signaturePages(ids, k, primeMember),
    ),
    breakdownByLetter: new DataLoader<string, LetterBreakdown>(async (ids) => {
      const map = await letters.breakdowns(ids);
      return ids.map((id) => map.get(id)!);
    }),
    delegation: new DataLoader<DelegationKey, DelegationMember[], string>((keys) => letters.delegations(keys), {
      cacheKeyFn: (k) => `${k.letterId}/${k.state}/${k.memberColumns?.join(",") ?? "*"}/${k.signers ?? "all"}`,
    }),
    mentionsByLetter: new DataLoader<string, LetterMention[]>((ids) => letters.mentions(ids)),
    topicsByLetter: new DataLoader<string, string[]>((ids) => letters.topics(ids)),
    letterCountByMember: new DataLoader<string, number>((ids) => memberLetters.letterCounts(ids)),
    signaturesByMember: pageLoader<MemberSignaturePageKey, SignatureRow>(
      (k) => k.bioguideId,
      (k) => [k.filter, k.first, k.after, k.columns, k.letterColumns, k.hasNext],
      (ids, k) => memberLetters.signaturePages(ids, k),
    ),
  };
}
