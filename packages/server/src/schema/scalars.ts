import { GraphQLScalarType } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";

/** A calendar date, ISO "YYYY-MM-DD", validated by graphql-scalars' LocalDate and kept as a string. */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: "Date",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD (no time, no time zone).",
});
