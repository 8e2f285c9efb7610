import { GraphQLScalarType } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";

const localDate = GraphQLLocalDate.toConfig();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, ISO "YYYY-MM-DD", validated by graphql-scalars' LocalDate and kept as a string.
 * Output has a fast path: dates read from PostgreSQL `date` columns arrive as "YYYY-MM-DD"
 * strings (db/database.ts), and LocalDate's full check of each one was 4% of a letters page's CPU.
 * Input (arguments, variables) always gets the full check.
 */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: "Date",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD (no time, no time zone).",
  serialize: (value) => (typeof value === "string" && ISO_DATE.test(value) ? value : localDate.serialize(value)),
});
