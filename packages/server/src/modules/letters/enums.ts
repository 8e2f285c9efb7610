import { registerEnumType } from "type-graphql";

export enum LetterChamber {
  HOUSE = "HOUSE",
  SENATE = "SENATE",
  BICAMERAL = "BICAMERAL",
}
registerEnumType(LetterChamber, {
  name: "LetterChamber",
  description: "Who sent the letter: House members, senators, or both (BICAMERAL).",
});

export enum SignerRole {
  LEAD = "LEAD",
  COSIGNER = "COSIGNER",
  SIGNER = "SIGNER",
}
registerEnumType(SignerRole, {
  name: "SignerRole",
  description: "LEAD signed above the co-signer divider, COSIGNER below it; SIGNER when the letter does not divide them.",
});

export enum MatchStatus {
  MATCHED = "MATCHED",
  AMBIGUOUS = "AMBIGUOUS",
  UNMATCHED = "UNMATCHED",
  CONFIRMED = "CONFIRMED",
}
registerEnumType(MatchStatus, {
  name: "MatchStatus",
  description:
    "How the printed name was tied to a member: MATCHED automatically, AMBIGUOUS (several candidates, none picked), UNMATCHED (no candidate), or CONFIRMED by a person.",
});
