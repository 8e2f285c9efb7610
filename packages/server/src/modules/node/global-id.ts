/**
 * Globally unique ids (Relay's Node): base64url("Type:key"), e.g. "Letter:<uuid>". Opaque to
 * clients, safe in URLs. Letters are also found by their raw uuid, which the CLI prints.
 */
export type NodeTypeName = "Letter" | "Member" | "Signature";

const NODE_TYPES: readonly NodeTypeName[] = ["Letter", "Member", "Signature"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids encoded lately, by type and key: a page shows the same letters and members again and again. */
const encoded: Record<NodeTypeName, Map<string, string>> = { Letter: new Map(), Member: new Map(), Signature: new Map() };
/** Keys kept per type (a few MB at most); the map starts over when full. */
const ENCODED_MAX = 20_000;

export function toGlobalId(type: NodeTypeName, key: string): string {
  // Encoding is a tenth of a members page's work in Node (Q2: 200 letters); a lookup is a tenth of an encoding.
  const known = encoded[type];
  let id = known.get(key);
  if (id === undefined) {
    if (known.size >= ENCODED_MAX) known.clear();
    known.set(key, (id = Buffer.from(`${type}:${key}`, "utf8").toString("base64url")));
  }
  return id;
}

/** The type and key of a global id, or null when `id` is not one. */
export function fromGlobalId(id: string): { type: NodeTypeName; key: string } | null {
  if (!/^[A-Za-z0-9_+/=-]+$/.test(id)) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  const type = text.slice(0, colon) as NodeTypeName;
  if (colon < 1 || !NODE_TYPES.includes(type)) return null;
  const key = text.slice(colon + 1);
  if ((type === "Letter" || type === "Signature") && !UUID.test(key)) return null;
  if (type === "Member" && !/^[A-Z0-9]{1,16}$/i.test(key)) return null;
  return { type, key };
}

/** The uuid of a letter or signature given its global id or its raw uuid; null for anything else. */
export function uuidOf(type: "Letter" | "Signature", id: string): string | null {
  if (UUID.test(id)) return id.toLowerCase();
  const g = fromGlobalId(id);
  return g?.type === type ? g.key : null;
}

export const letterUuid = (id: string) => uuidOf("Letter", id);
