import { Letter } from "../modules/letters/letter.entity";
import { Signature } from "../modules/letters/signature.entity";
import { Member } from "../modules/members/member.entity";
import { ServicePeriodRow } from "../modules/members/service-period.entity";
import { Term } from "../modules/members/term.entity";

export const entities = [Member, Term, ServicePeriodRow, Letter, Signature];
