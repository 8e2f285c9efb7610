import { describe, expect, it } from "vitest";
import { createContext, createServices, loaderGroupsBuilt } from "./context";
import type { Database } from "./db/database";

describe("a request's context", () => {
  // Nothing here touches the database: loaders only query when asked for keys.
  const services = createServices({} as Database);

  it("builds a module's loaders on first use, once per request, and never shares them between requests", () => {
    const a = createContext(services);
    const b = createContext(services);
    expect(loaderGroupsBuilt(a)).toBe(0);
    const memberById = a.loaders.memberById;
    expect(a.loaders.memberById).toBe(memberById);
    expect(loaderGroupsBuilt(a)).toBe(1);
    expect(b.loaders.memberById).not.toBe(memberById);
    expect(typeof a.loaders.letterById.load).toBe("function");
    expect(loaderGroupsBuilt(a)).toBe(2);
    expect(loaderGroupsBuilt(b)).toBe(1);
  });

  it("reads the services through the context and keeps the caller of each request", () => {
    const c = createContext(services);
    expect(c.letters).toBe(services.letters);
    expect(c.db).toBe(services.db);
    expect(c.user).toBeNull();
    expect(c.request.id).toBeDefined();
  });

  it("lists every loader by name, as before", () => {
    const names = Object.keys(Object.getPrototypeOf(createContext(services).loaders));
    expect(names).toEqual(expect.arrayContaining(["memberById", "letterById"]));
    expect(names.length).toBeGreaterThanOrEqual(19);
  });
});
