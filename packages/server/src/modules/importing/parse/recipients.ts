/**
 * Recipient blocks between the date and the salutation: "The Honorable Mike Pompeo /
 * Secretary of State / U.S. Department of State / 2201 C Street, N.W. / Washington, D.C.".
 * Blocks follow one another (blank line or a new "The Honorable") or stand side by side.
 */
import type { ParsedRecipient } from "../types";
import { columnsOf, stanzas, type Line } from "./lines";

const HONORABLE = /^(the\s+)?(honorable|hon\.?)\s+/i;
const COURTESY = /^(mr|mrs|ms|miss)\.?\s+/i;
/** A title printed before the name: "President Donald J. Trump", "Secretary Blinken". */
const TITLE_PREFIX =
  /^((?:acting\s+|deputy\s+)?(?:vice\s+president|president|secretary|administrator|director|speaker|majority\s+leader|minority\s+leader|leader|chairman|chairwoman|chair|governor|ambassador|commissioner|attorney\s+general|general|admiral|judge|justice|mayor|dr\.?))\s+(?=\p{Lu})/iu;
/** Lines that read as a title ("Secretary of State", "Majority Leader"). */
const TITLE_LINE =
  /^(the\s+)?(acting|deputy|assistant|under|chief|vice|ranking|majority|minority|secretary|administrator|director|speaker|leader|chair(man|woman|person)?|president|governor|commissioner|ambassador|attorney|mayor|judge|justice|general|admiral|representative|senator|member|commander|inspector|comptroller|surgeon|postmaster|ceo|chief)\b/i;
/** Lines that read as an organisation. */
const ORG_LINE =
  /\b(department|agency|office|administration|commission|bureau|house|senate|committee|board|service|council|corporation|university|inc|company|legislature|assembly|court|embassy|ministry|government|authority|institute|foundation|association)\b/i;
const ADDRESS_START = /\d|^(washington|p\.?\s?o\.?\s+box)\b/i;

/** Lines that are not part of a recipient block ("VIA ELECTRONIC MAIL", "Re: ..."). */
export const isRoutingLine = (text: string): boolean => /^(via|sent via|by (e-?mail|fax)|delivered)\b/i.test(text);
export const SUBJECT_LINE = /^(re|subject|subj)\s*[:.]\s*/i;

function parseBlock(texts: string[]): ParsedRecipient | null {
  const [first, ...rest] = texts;
  if (!first) return null;
  let name = first.replace(HONORABLE, "").replace(COURTESY, "").trim();
  let title: string | null = null;
  const prefix = name.match(TITLE_PREFIX);
  if (prefix && name.slice(prefix[0].length).trim().split(/\s+/).length >= 2) {
    title = prefix[1];
    name = name.slice(prefix[0].length).trim();
  }
  let organization: string | null = null;
  const address: string[] = [];
  for (const text of rest) {
    if (address.length || ADDRESS_START.test(text)) address.push(text);
    // "President Donald J. Trump / President of the United States": the fuller title wins.
    else if (title && title.split(/\s+/)[0].toLowerCase() === text.split(/\s+/)[0].toLowerCase() && !organization) title = text;
    else if (!title && !organization && (TITLE_LINE.test(text) || !ORG_LINE.test(text))) title = text;
    else if (!organization) organization = text;
    else address.push(text);
  }
  return { name, title, organization, address: address.length ? address.join(", ") : null };
}

/** Recipients in `lines` (the heading between the date and the salutation). */
export function parseRecipients(lines: Line[]): ParsedRecipient[] {
  const recipients: ParsedRecipient[] = [];
  for (const stanza of stanzas(lines)) {
    for (const column of columnsOf(stanza)) {
      let block: string[] = [];
      const flush = () => {
        const r = parseBlock(block);
        if (r) recipients.push(r);
        block = [];
      };
      for (const cell of column) {
        const text = cell.text.trim();
        if (isRoutingLine(text) || SUBJECT_LINE.test(text)) continue;
        if (HONORABLE.test(text) && block.length) flush();
        block.push(text);
      }
      flush();
    }
  }
  return recipients;
}
