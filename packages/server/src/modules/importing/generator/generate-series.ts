/**
 * Recurring letters for testing series detection: a base text re-issued over several years
 * with edits (new dates and dollar amounts, a changed paragraph, reordered and partly new
 * signers, sometimes a new recipient, sometimes an explicit "we wrote to you on ..."), mixed
 * with unrelated letters on the same topic and in the same chamber, written from the same
 * phrase bank so they share vocabulary and stock phrases but not text.
 */
import { mulberry32, RECIPIENT_COUNT, type GeneratedLetter, type LetterGenerator } from "./generate-letter";

interface Topic {
  name: string;
  program: string[];
  group: string[];
  need: string[];
  harm: string[];
  place: string[];
}

const TOPICS: Topic[] = [
  {
    name: "disaster recovery",
    program: [
      "the Disaster Relief Fund",
      "Community Development Block Grant disaster recovery funds",
      "the Hazard Mitigation Grant Program",
      "Individual Assistance",
      "Public Assistance",
      "the Emergency Watershed Protection Program",
      "Building Resilient Infrastructure and Communities grants",
    ],
    group: [
      "families displaced by the storm",
      "farmers who lost their crops",
      "small businesses in the flood zone",
      "local emergency managers",
      "rural counties",
      "school districts",
      "hospitals that stayed open through the outage",
    ],
    need: [
      "temporary housing",
      "debris removal",
      "repairs to water systems",
      "rebuilding roads and bridges",
      "replacing lost equipment",
      "restoring power to rural cooperatives",
      "mental health services for survivors",
    ],
    harm: [
      "record flooding",
      "a wildfire season without precedent",
      "repeated hurricanes",
      "an ice storm that left thousands without heat",
      "tornadoes that leveled whole neighborhoods",
      "landslides that cut off mountain towns",
    ],
    place: [
      "the Gulf Coast",
      "the Panhandle",
      "the Central Valley",
      "the Ohio River Valley",
      "coastal communities",
      "tribal lands",
      "the Mississippi Delta",
    ],
  },
  {
    name: "veterans",
    program: [
      "the Veterans Health Administration",
      "the Caregiver Support Program",
      "the GI Bill",
      "the Supportive Services for Veteran Families program",
      "community care networks",
      "the Veterans Crisis Line",
      "state veterans homes",
    ],
    group: [
      "veterans in rural areas",
      "women veterans",
      "caregivers of disabled veterans",
      "veterans exposed to burn pits",
      "homeless veterans",
      "student veterans",
      "aging Vietnam-era veterans",
    ],
    need: [
      "timely appointments",
      "mental health counselors",
      "clear guidance on eligibility",
      "transportation to distant clinics",
      "housing vouchers",
      "claims processed without backlog",
      "long-term care beds",
    ],
    harm: [
      "wait times that keep growing",
      "staffing shortages at rural clinics",
      "a backlog of disability claims",
      "confusing rules that deny earned benefits",
      "closures of community clinics",
      "delays in paying community providers",
    ],
    place: [
      "rural clinics",
      "our district offices",
      "regional medical centers",
      "outpatient clinics",
      "community-based clinics",
      "state veterans homes",
      "vet centers",
    ],
  },
  {
    name: "broadband",
    program: [
      "the Broadband Equity, Access, and Deployment Program",
      "the Affordable Connectivity Program",
      "the E-Rate program",
      "the Rural Digital Opportunity Fund",
      "the ReConnect Program",
      "the Lifeline program",
      "the Tribal Broadband Connectivity Program",
    ],
    group: [
      "students doing homework in parking lots",
      "rural hospitals using telehealth",
      "small farms that sell online",
      "seniors who rely on video visits",
      "tribal communities",
      "public libraries",
      "low-income households",
    ],
    need: [
      "accurate coverage maps",
      "affordable monthly service",
      "fiber to the last mile",
      "reliable upload speeds",
      "simpler grant applications",
      "funding for middle-mile networks",
      "devices for students",
    ],
    harm: [
      "maps that overstate coverage",
      "prices that put service out of reach",
      "networks that fail during storms",
      "grant rules that favor large carriers",
      "delays in releasing awarded funds",
      "the end of monthly discounts",
    ],
    place: [
      "rural counties",
      "tribal lands",
      "small towns",
      "mountain communities",
      "farm country",
      "underserved urban neighborhoods",
      "island communities",
    ],
  },
  {
    name: "transportation",
    program: [
      "the Capital Investment Grants program",
      "the Bridge Investment Program",
      "the Safe Streets and Roads for All program",
      "the Essential Air Service program",
      "the Highway Safety Improvement Program",
      "Amtrak's long-distance routes",
      "the Low or No Emission Bus program",
    ],
    group: [
      "commuters who depend on transit",
      "rural travelers",
      "freight shippers",
      "pedestrians and cyclists",
      "small airports",
      "transit workers",
      "communities split by highways",
    ],
    need: [
      "safe crossings",
      "reliable rail service",
      "repairs to structurally deficient bridges",
      "new buses",
      "predictable funding",
      "faster environmental reviews",
      "air service to small cities",
    ],
    harm: [
      "bridges rated in poor condition",
      "a rise in traffic deaths",
      "cuts to rural air service",
      "delays in awarding grants",
      "deferred maintenance on transit systems",
      "congestion at our ports",
    ],
    place: [
      "our region",
      "rural routes",
      "the Northeast Corridor",
      "mountain passes",
      "our port cities",
      "small airports",
      "growing suburbs",
    ],
  },
];

const AGENCY_ACTIONS = [
  "release the remaining funds",
  "extend the application deadline",
  "issue clear guidance",
  "approve the pending request",
  "prioritize the hardest-hit communities",
  "work with state and local partners",
  "report back to Congress on progress",
];

type Fill = (t: Topic, r: () => number) => string;
const pick = <T>(xs: readonly T[], r: () => number) => xs[Math.floor(r() * xs.length)];
const money = (r: () => number) =>
  `$${Math.floor(5 + r() * 995)}${r() < 0.5 ? " million" : `,${String(Math.floor(r() * 1000)).padStart(3, "0")},000`}`;
const year = (r: () => number) => String(2014 + Math.floor(r() * 12));

/** Sentence templates; any topic fills them. */
const SENTENCES: Fill[] = [
  (t, r) => `We write to urge you to support ${pick(t.program, r)} and the ${pick(t.group, r)} who depend on it.`,
  (t, r) => `In ${pick(t.place, r)}, ${pick(t.harm, r)} has left ${pick(t.group, r)} without ${pick(t.need, r)}.`,
  (t, r) => `We respectfully request that you ${pick(AGENCY_ACTIONS, r)} so that ${pick(t.group, r)} receive ${pick(t.need, r)}.`,
  (t, r) => `Since ${year(r)}, ${pick(t.program, r)} has provided ${money(r)} for ${pick(t.need, r)} in ${pick(t.place, r)}.`,
  (t, r) => `Our constituents have told us that ${pick(t.harm, r)} is their most pressing concern.`,
  (t, r) => `Without ${pick(t.need, r)}, ${pick(t.group, r)} in ${pick(t.place, r)} will fall further behind.`,
  (t, r) => `We ask that the budget request include at least ${money(r)} for ${pick(t.program, r)}.`,
  (t, r) => `Local leaders in ${pick(t.place, r)} stand ready to work with you on ${pick(t.need, r)}.`,
  (t, r) => `Any delay in ${pick(t.need, r)} will cost taxpayers more in the years ahead.`,
  (t, r) => `We appreciate the steps your department has taken, but ${pick(t.harm, r)} requires a stronger response.`,
  (t, r) => `Please ${pick(AGENCY_ACTIONS, r)} and keep our offices informed of your timeline.`,
  (t, r) => `A modest investment in ${pick(t.program, r)} would make a lasting difference for ${pick(t.group, r)}.`,
  (t, r) => `We are concerned that ${pick(t.harm, r)} will only get worse without federal support for ${pick(t.need, r)}.`,
  (t, r) => `Thank you for your attention to ${pick(t.group, r)} and to ${pick(t.place, r)}.`,
  (t, r) => `The ${pick(t.group, r)} we represent cannot wait another year for ${pick(t.need, r)}.`,
  (t, r) => `Congress provided ${money(r)} for this purpose in fiscal year ${year(r)}, and the need has grown since.`,
  (t, r) => `When we visited ${pick(t.place, r)}, we met ${pick(t.group, r)} still waiting for ${pick(t.need, r)}.`,
  (t, r) => `A recent report found that ${pick(t.harm, r)} affects more people each year.`,
  (t, r) => `We urge the administration to treat ${pick(t.need, r)} as a priority for ${pick(t.program, r)}.`,
  (t, r) => `Our staff would welcome a briefing on how ${pick(t.program, r)} plans to address ${pick(t.harm, r)}.`,
  (t, r) => `States cannot close this gap alone, and ${pick(t.group, r)} should not have to.`,
  (t, r) => `We were disappointed to learn that ${pick(t.program, r)} has not yet reached ${pick(t.place, r)}.`,
  (t, r) => `Every dollar spent on ${pick(t.need, r)} today avoids far larger costs later.`,
  (t, r) => `We stand ready to help you secure ${pick(t.need, r)} for ${pick(t.group, r)}.`,
  (t, r) => `The experience of ${pick(t.place, r)} shows what is possible when ${pick(t.program, r)} is fully funded.`,
  (t, r) => `Please let us know what additional authority, if any, you need to ${pick(AGENCY_ACTIONS, r)}.`,
];

/** Openings and closings that vary how a sentence is put, as different authors would. */
const LEADS = [
  "",
  "",
  "",
  "As you know, ",
  "At the same time, ",
  "In addition, ",
  "For this reason, ",
  "Put simply, ",
  "Just as important, ",
  "Over the past year, ",
  "According to local officials, ",
  "We believe that ",
  "It is clear that ",
  "As members who represent these communities, we know that ",
];
const TAILS = [
  "",
  "",
  "",
  ", and we hope you agree",
  ", a point state officials have made repeatedly",
  ", as recent hearings made plain",
  ", which we have heard at every town hall",
  ", according to the most recent federal data",
  ", especially in the smallest communities",
  ", and the cost of inaction is rising",
  ", something our offices hear about every week",
  ", long before the next budget cycle",
];

function sentence(t: Topic, r: () => number, i: number): string {
  const core = SENTENCES[i](t, r);
  const lead = pick(LEADS, r);
  const tail = pick(TAILS, r);
  const body = lead ? lead + core[0].toLowerCase() + core.slice(1) : core;
  return tail ? body.replace(/\.$/, `${tail}.`) : body;
}

function paragraph(t: Topic, r: () => number): string {
  const n = 2 + Math.floor(r() * 3);
  const used = new Set<number>();
  const out: string[] = [];
  while (out.length < n) {
    const i = Math.floor(r() * SENTENCES.length);
    if (used.has(i)) continue;
    used.add(i);
    out.push(sentence(t, r, i));
  }
  return out.join(" ");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const spoken = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

/** Replaces every dollar amount and year in a paragraph with new ones (a re-issued letter's edits). */
const renumber = (p: string, r: () => number) =>
  p.replace(/\$\d[\d,]*( million)?/g, () => money(r)).replace(/\b20[12]\d\b/g, () => year(r));

export interface SeriesLetter extends GeneratedLetter {
  /** The series it belongs to (`null`: an unrelated letter). */
  series: number | null;
  /** Version number within its series, from 0. */
  version: number;
  /** Whether the text says it follows up the previous version (with its date). */
  followUp: boolean;
}

export interface SeriesCorpusOptions {
  series: number;
  unrelated: number;
  seed: number;
}

/** A shuffled corpus of `series` recurring letters (2 to 5 versions each) and `unrelated` one-off letters. */
export function generateSeriesCorpus(gen: LetterGenerator, { series, unrelated, seed }: SeriesCorpusOptions): SeriesLetter[] {
  const r = mulberry32(seed);
  const out: SeriesLetter[] = [];
  for (let s = 0; s < series; s++) {
    const topic = TOPICS[s % TOPICS.length];
    const chamber = r() < 0.5 ? "HOUSE" : "SENATE";
    let paragraphs = Array.from({ length: 4 + Math.floor(r() * 3) }, () => paragraph(topic, r));
    let recipient = Math.floor(r() * RECIPIENT_COUNT);
    let year0 = 2014 + Math.floor(r() * 6);
    let prefer: string[] = [];
    let previousDate: string | null = null;
    const versions = 2 + Math.floor(r() * 4);
    for (let v = 0; v < versions; v++) {
      const date = `${year0}-${String(2 + Math.floor(r() * 9)).padStart(2, "0")}-${String(1 + Math.floor(r() * 27)).padStart(2, "0")}`;
      let followUp = false;
      if (v > 0) {
        paragraphs = paragraphs.map((p) => renumber(p, r));
        // A changed paragraph, usually; sometimes an added one.
        if (r() < 0.8) paragraphs[Math.floor(r() * paragraphs.length)] = paragraph(topic, r);
        if (r() < 0.3) paragraphs.splice(Math.floor(r() * paragraphs.length), 0, paragraph(topic, r));
        if (r() < 0.3) recipient = (recipient + 1 + Math.floor(r() * (RECIPIENT_COUNT - 1))) % RECIPIENT_COUNT;
        if (r() < 0.25 && previousDate) followUp = true;
      }
      const body = followUp
        ? [`We wrote to you on ${spoken(previousDate!)} about this matter and have not yet received a response.`, ...paragraphs]
        : paragraphs;
      const count = chamber === "SENATE" ? 4 + Math.floor(r() * 20) : 6 + Math.floor(r() * 40);
      // About two thirds of last time's signers sign again, in a new order.
      const again = prefer.filter(() => r() < 0.67).sort(() => r() - 0.5);
      const letter = gen.generate(Math.floor(r() * 2 ** 31), { date, chamber, paragraphs: body, recipient, prefer: again, count });
      out.push({ ...letter, series: s, version: v, followUp });
      prefer = letter.expected.signers.map((x) => x.bioguide);
      previousDate = date;
      year0 += 1 + Math.floor(r() * 2);
    }
  }
  for (let u = 0; u < unrelated; u++) {
    const topic = TOPICS[u % TOPICS.length];
    const chamber = r() < 0.5 ? "HOUSE" : "SENATE";
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 3) }, () => paragraph(topic, r));
    const date = `${2014 + Math.floor(r() * 12)}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
    const letter = gen.generate(Math.floor(r() * 2 ** 31), { date, chamber, paragraphs, recipient: Math.floor(r() * RECIPIENT_COUNT) });
    out.push({ ...letter, series: null, version: 0, followUp: false });
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A one-off body on a topic (benchmarks: many distinct stored letters). */
export function randomBody(seed: number): string[] {
  const r = mulberry32(seed);
  const topic = TOPICS[Math.floor(r() * TOPICS.length)];
  return Array.from({ length: 3 + Math.floor(r() * 3) }, () => paragraph(topic, r));
}

/** Pairwise precision and recall of a grouping against the truth (same-series pairs). */
export function pairScores(
  truth: (number | null)[],
  found: (string | null)[],
): { precision: number; recall: number; truePairs: number; foundPairs: number } {
  let tp = 0;
  let truePairs = 0;
  let foundPairs = 0;
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      const t = truth[i] !== null && truth[i] === truth[j];
      const f = found[i] !== null && found[i] === found[j];
      if (t) truePairs++;
      if (f) foundPairs++;
      if (t && f) tp++;
    }
  }
  return { precision: foundPairs ? tp / foundPairs : 1, recall: truePairs ? tp / truePairs : 1, truePairs, foundPairs };
}
