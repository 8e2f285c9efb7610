import { Init1732870000000 } from "./1732870000000-Init";

/** Every migration, oldest first. Both PostgreSQL and PGlite run exactly these. */
export const migrations = [Init1732870000000];
