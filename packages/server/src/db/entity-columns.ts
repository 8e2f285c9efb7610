/**
 * An entity's stored columns, read from its TypeORM decorators: database name -> property. A
 * `@Column` added to an entity is then read and mapped wherever the entity is read in full, with
 * no hand-written list to keep in step (the default naming strategy: a column's `name`, else its
 * property name; db/entity-columns.test.ts checks this against the data source's metadata).
 */
import { getMetadataArgsStorage } from "typeorm";

export function entityColumns<T>(Entity: new () => T): Readonly<Record<string, keyof T & string>> {
  const out: Record<string, keyof T & string> = {};
  for (const c of getMetadataArgsStorage().filterColumns(Entity)) {
    out[c.options.name ?? c.propertyName] = c.propertyName as keyof T & string;
  }
  return out;
}
