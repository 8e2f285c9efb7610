import { registerEnumType } from "type-graphql";

export enum Chamber {
  HOUSE = "HOUSE",
  SENATE = "SENATE",
}
registerEnumType(Chamber, { name: "Chamber", description: "A chamber of Congress." });
