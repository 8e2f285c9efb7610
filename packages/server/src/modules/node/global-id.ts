/**
 * Globally unique ids (Relay's Node): base64url("Type:key"), e.g. "Letter:<uuid>". Opaque to
 * clients, safe in URLs. Letters are also found by their raw uuid, which the CLI prints.
 */
export type NodeTypeName = "Letter" | "Member" | "Signature";

const NODE_TYPES: readonly NodeTypeName[] = ["Letter", "Member", "Signature"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: NodeTypeName, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
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
