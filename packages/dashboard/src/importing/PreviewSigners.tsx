import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDistrict, ROLE_LABEL } from "../lib/format";
import { PartyBadge } from "../ui/PartyBadge";
import { MemberPicker } from "./MemberPicker";
import { StatusBadge } from "./StatusBadge";

export const PreviewSigners_preview = graphql(`
  fragment PreviewSigners_preview on ImportPreview {
    sentOn
    chamber
    signatures {
      position
      printedName
      role
      status
      confidence
      party
      state
      district
      member {
        bioguideId
        fullName
      }
      candidates {
        bioguideId
        score
        member {
          bioguideId
          fullName
          party
          state
        }
      }
    }
  }
`);

/** Picks made by hand in the preview: printed position -> bioguide id ("" = left for review). */
export type Picks = Record<number, string>;

/** The signers the parser found, in printed order; doubtful ones get a member picker. */
export function PreviewSigners(props: {
  preview: FragmentType<typeof PreviewSigners_preview>;
  picks: Picks;
  onPick: (position: number, bioguideId: string) => void;
}) {
  const data = getFragmentData(PreviewSigners_preview, props.preview);
  const { picks, onPick } = props;
  return (
    <div className="table-wrap" role="region" aria-label="Signers found in the letter" tabIndex={0}>
      <table className="data-table">
        <caption>Signers found in the letter, in the order printed</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Printed name</th>
            <th scope="col">Role</th>
            <th scope="col">Match</th>
            <th scope="col" className="num">
              Confidence
            </th>
            <th scope="col">Member</th>
          </tr>
        </thead>
        <tbody>
          {data.signatures.map((s) => {
            const doubtful = s.status === "AMBIGUOUS" || s.status === "UNMATCHED";
            return (
              <tr key={s.position} className={doubtful ? "row--attention" : undefined}>
                <td className="num">{s.position}</td>
                <th scope="row">{s.printedName}</th>
                <td>{ROLE_LABEL[s.role]}</td>
                <td>
                  <StatusBadge status={s.status} />
                </td>
                <td className="num">{Math.round(s.confidence * 100)}%</td>
                <td className="cell-wrap">
                  {doubtful ? (
                    <MemberPicker
                      printedName={s.printedName}
                      date={data.sentOn}
                      chamber={data.chamber}
                      candidates={s.candidates}
                      value={picks[s.position] ?? ""}
                      onChange={(id) => onPick(s.position, id)}
                    />
                  ) : s.member ? (
                    <span className="nowrap">
                      <PartyBadge party={s.party} /> {s.member.fullName}{" "}
                      <span className="muted">
                        {s.state}
                        {s.district !== null && s.district !== undefined && `-${formatDistrict(s.district)}`}
                      </span>
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
