/** Text matching helpers shared by services that build SQL by hand. */

const SPECIAL: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", ı: "i", đ: "d", Đ: "D", ß: "ss" };

/** Lower case without accents, as SQL's signatory_fold(text) computes it. */
export function fold(text: string): string {
  return text
    .replace(/[łŁøØıđĐß]/g, (c) => SPECIAL[c])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** A LIKE pattern matching `text` anywhere, with %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
