import { notFound } from "../../errors/domain-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const notFoundGroup = (id: string) => notFound(`There is no group "${id.slice(0, 60)}".`, "group");

/** A group id as given by a user: a uuid, else NOT_FOUND (no query needed). */
export function groupUuid(id: string): string {
  const t = id.trim();
  if (!UUID.test(t)) throw notFoundGroup(t);
  return t.toLowerCase();
}
