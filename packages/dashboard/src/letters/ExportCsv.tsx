import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { ExportCsv_SignatureFragment } from "../gql/graphql";
import { downloadText, toCsv } from "../lib/csv";
import { ROLE_LABEL, STATUS_LABEL } from "../lib/format";
import { partyInfo } from "../lib/party";
import type { SignerFilters } from "./signer-filters";

export const ExportCsv_signature = graphql(`
  fragment ExportCsv_signature on Signature {
    id
    position
    printedName
    role
    party
    state
    district
    status
    member {
      bioguideId
      fullName
    }
  }
`);

export const CSV_HEADER = ["Position", "Printed name", "Member", "Bioguide ID", "Role", "Party", "State", "District", "Match"];

/** The rows as CSV, in the order given; party and district as of the letter's date. */
export function signersCsv(rows: ReadonlyArray<ExportCsv_SignatureFragment>): string {
  return toCsv(
    CSV_HEADER,
    rows.map((s) => [
      s.position,
      s.printedName,
      s.member?.fullName,
      s.member?.bioguideId,
      ROLE_LABEL[s.role],
      s.party ? partyInfo(s.party).abbr : "",
      s.state,
      s.district === 0 ? "At-large" : s.district,
      STATUS_LABEL[s.status],
    ]),
  );
}

/** `signers-2020-10-23-CA.csv`: the letter's date, then the filters (states, party letters, roles). */
export function csvFilename(sentOn: string, filters: SignerFilters): string {
  const parts = [...filters.states, ...filters.parties.map((p) => partyInfo(p).abbr), ...filters.roles.map((r) => r.toLowerCase())];
  return `signers-${[sentOn, ...parts].join("-")}.csv`;
}

/** Downloads exactly the rows on screen (the filtered signers) as CSV. */
export function ExportCsv(props: {
  signatures: ReadonlyArray<FragmentType<typeof ExportCsv_signature>>;
  sentOn: string;
  filters: SignerFilters;
  disabled?: boolean;
}) {
  const rows = getFragmentData(ExportCsv_signature, props.signatures);
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={props.disabled || rows.length === 0}
      onClick={() => downloadText(csvFilename(props.sentOn, props.filters), signersCsv(rows))}
    >
      Export CSV ({rows.length})
    </button>
  );
}
