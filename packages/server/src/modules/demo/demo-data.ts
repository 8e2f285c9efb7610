/**
 * The demo shown on an empty database: the 2020 House letter to Secretary Pompeo on Artsakh,
 * summarised in our own words, with its 51 printed names and those members' facts for the
 * 116th Congress. It is labelled as demo data everywhere and removed as soon as real members
 * are synced or a real letter is imported.
 */
export const DEMO_LETTER = {
  title: "Demo: House members urge Global Magnitsky sanctions over Azerbaijan's offensive in Artsakh",
  sentOn: "2020-10-23",
  chamber: "HOUSE" as const,
  recipients: [
    {
      name: "Mike Pompeo",
      title: "Secretary of State",
      organization: "U.S. Department of State",
      address: null,
    },
  ],
  salutation: "Secretary Pompeo,",
  body:
    "Demo summary (our own words, not the letter's text): four California and Massachusetts Democrats, " +
    "joined by 47 colleagues, ask the Secretary of State to impose Global Magnitsky sanctions on " +
    "Azerbaijani officials responsible for the attacks on civilians in Artsakh (Nagorno-Karabakh).",
};

/** printed name, role, bioguide, first, last, official full name, state, district, party, term start, term end */
export type DemoSigner = [string, "LEAD" | "COSIGNER", string, string, string, string, string, number, string, string, string];

export const DEMO_SIGNERS: DemoSigner[] = [
  ["TJ Cox", "LEAD", "C001124", "TJ", "Cox", "TJ Cox", "CA", 21, "Democrat", "2019-01-03", "2021-01-03"],
  ["Brad Sherman", "LEAD", "S000344", "Brad", "Sherman", "Brad Sherman", "CA", 30, "Democrat", "2019-01-03", "2021-01-03"],
  ["Jim Costa", "LEAD", "C001059", "Jim", "Costa", "Jim Costa", "CA", 16, "Democrat", "2019-01-03", "2021-01-03"],
  ["Katherine M. Clark", "LEAD", "C001101", "Katherine", "Clark", "Katherine M. Clark", "MA", 5, "Democrat", "2019-01-03", "2021-01-03"],
  ["Frank Pallone Jr.", "COSIGNER", "P000034", "Frank", "Pallone", "Frank Pallone, Jr.", "NJ", 6, "Democrat", "2019-01-03", "2021-01-03"],
  ["James P. McGovern", "COSIGNER", "M000312", "James", "McGovern", "James P. McGovern", "MA", 2, "Democrat", "2019-01-03", "2021-01-03"],
  ["Grace F. Napolitano", "COSIGNER", "N000179", "Grace", "Napolitano", "Grace F. Napolitano", "CA", 32, "Democrat", "2019-01-03", "2021-01-03"],
  ["Jackie Speier", "COSIGNER", "S001175", "Jackie", "Speier", "Jackie Speier", "CA", 14, "Democrat", "2019-01-03", "2021-01-03"],
  ["Barbara Lee", "COSIGNER", "L000551", "Barbara", "Lee", "Barbara Lee", "CA", 13, "Democrat", "2019-01-03", "2021-01-03"],
  ["Carolyn B. Maloney", "COSIGNER", "M000087", "Carolyn", "Maloney", "Carolyn B. Maloney", "NY", 12, "Democrat", "2019-01-03", "2021-01-03"],
  ["Adam Schiff", "COSIGNER", "S001150", "Adam", "Schiff", "Adam B. Schiff", "CA", 28, "Democrat", "2019-01-03", "2021-01-03"],
  ["Tony Cárdenas", "COSIGNER", "C001097", "Tony", "Cárdenas", "Tony Cárdenas", "CA", 29, "Democrat", "2019-01-03", "2021-01-03"],
  ["Judy Chu", "COSIGNER", "C001080", "Judy", "Chu", "Judy Chu", "CA", 27, "Democrat", "2019-01-03", "2021-01-03"],
  ["Gus Bilirakis", "COSIGNER", "B001257", "Gus", "Bilirakis", "Gus M. Bilirakis", "FL", 12, "Republican", "2019-01-03", "2021-01-03"],
  ["Steve King", "COSIGNER", "K000362", "Steve", "King", "Steve King", "IA", 4, "Republican", "2019-01-03", "2021-01-03"],
  ["Susie Lee", "COSIGNER", "L000590", "Susie", "Lee", "Susie Lee", "NV", 3, "Democrat", "2019-01-03", "2021-01-03"],
  ["Eleanor Holmes Norton", "COSIGNER", "N000147", "Eleanor", "Norton", "Eleanor Holmes Norton", "DC", 0, "Democrat", "2019-01-03", "2021-01-03"],
  ["Harley Rouda", "COSIGNER", "R000616", "Harley", "Rouda", "Harley Rouda", "CA", 48, "Democrat", "2019-01-03", "2021-01-03"],
  ["Betty McCollum", "COSIGNER", "M001143", "Betty", "McCollum", "Betty McCollum", "MN", 4, "Democrat", "2019-01-03", "2021-01-03"],
  ["Andy Levin", "COSIGNER", "L000592", "Andy", "Levin", "Andy Levin", "MI", 9, "Democrat", "2019-01-03", "2021-01-03"],
  ["Stephen F. Lynch", "COSIGNER", "L000562", "Stephen", "Lynch", "Stephen F. Lynch", "MA", 8, "Democrat", "2019-01-03", "2021-01-03"],
  ["Joseph P. Kennedy, III", "COSIGNER", "K000379", "Joseph", "Kennedy", "Joseph P. Kennedy III", "MA", 4, "Democrat", "2019-01-03", "2021-01-03"],
  ["J. Luis Correa", "COSIGNER", "C001110", "J.", "Correa", "J. Luis Correa", "CA", 46, "Democrat", "2019-01-03", "2021-01-03"],
  ["Raja Krishnamoorthi", "COSIGNER", "K000391", "Raja", "Krishnamoorthi", "Raja Krishnamoorthi", "IL", 8, "Democrat", "2019-01-03", "2021-01-03"],
  ["Jamie Raskin", "COSIGNER", "R000606", "Jamie", "Raskin", "Jamie Raskin", "MD", 8, "Democrat", "2019-01-03", "2021-01-03"],
  ["Lori Trahan", "COSIGNER", "T000482", "Lori", "Trahan", "Lori Trahan", "MA", 3, "Democrat", "2019-01-03", "2021-01-03"],
  ["John P. Sarbanes", "COSIGNER", "S001168", "John", "Sarbanes", "John P. Sarbanes", "MD", 3, "Democrat", "2019-01-03", "2021-01-03"],
  ["Derek Kilmer", "COSIGNER", "K000381", "Derek", "Kilmer", "Derek Kilmer", "WA", 6, "Democrat", "2019-01-03", "2021-01-03"],
  ["Thomas R. Suozzi", "COSIGNER", "S001201", "Thomas", "Suozzi", "Thomas R. Suozzi", "NY", 3, "Democrat", "2019-01-03", "2021-01-03"],
  ["Anna G. Eshoo", "COSIGNER", "E000215", "Anna", "Eshoo", "Anna G. Eshoo", "CA", 18, "Democrat", "2019-01-03", "2021-01-03"],
  ["Kathleen M. Rice", "COSIGNER", "R000602", "Kathleen", "Rice", "Kathleen M. Rice", "NY", 4, "Democrat", "2019-01-03", "2021-01-03"],
  ["Alan Lowenthal", "COSIGNER", "L000579", "Alan", "Lowenthal", "Alan S. Lowenthal", "CA", 47, "Democrat", "2019-01-03", "2021-01-03"],
  ["Veronica Escobar", "COSIGNER", "E000299", "Veronica", "Escobar", "Veronica Escobar", "TX", 16, "Democrat", "2019-01-03", "2021-01-03"],
  ["Jerrold Nadler", "COSIGNER", "N000002", "Jerrold", "Nadler", "Jerrold Nadler", "NY", 10, "Democrat", "2019-01-03", "2021-01-03"],
  ["Albio Sires", "COSIGNER", "S001165", "Albio", "Sires", "Albio Sires", "NJ", 8, "Democrat", "2019-01-03", "2021-01-03"],
  ["Julia Brownley", "COSIGNER", "B001285", "Julia", "Brownley", "Julia Brownley", "CA", 26, "Democrat", "2019-01-03", "2021-01-03"],
  ["David N. Cicilline", "COSIGNER", "C001084", "David", "Cicilline", "David N. Cicilline", "RI", 1, "Democrat", "2019-01-03", "2021-01-03"],
  ["James R. Langevin", "COSIGNER", "L000559", "James", "Langevin", "James R. Langevin", "RI", 2, "Democrat", "2019-01-03", "2021-01-03"],
  ["Dina Titus", "COSIGNER", "T000468", "Dina", "Titus", "Dina Titus", "NV", 1, "Democrat", "2019-01-03", "2021-01-03"],
  ["Josh Gottheimer", "COSIGNER", "G000583", "Josh", "Gottheimer", "Josh Gottheimer", "NJ", 5, "Democrat", "2019-01-03", "2021-01-03"],
  ["Zoe Lofgren", "COSIGNER", "L000397", "Zoe", "Lofgren", "Zoe Lofgren", "CA", 19, "Democrat", "2019-01-03", "2021-01-03"],
  ["Brian Fitzpatrick", "COSIGNER", "F000466", "Brian", "Fitzpatrick", "Brian K. Fitzpatrick", "PA", 1, "Republican", "2019-01-03", "2021-01-03"],
  ["Jan Schakowsky", "COSIGNER", "S001145", "Janice", "Schakowsky", "Janice D. Schakowsky", "IL", 9, "Democrat", "2019-01-03", "2021-01-03"],
  ["Jimmy Gomez", "COSIGNER", "G000585", "Jimmy", "Gomez", "Jimmy Gomez", "CA", 34, "Democrat", "2019-01-03", "2021-01-03"],
  ["Dwight Evans", "COSIGNER", "E000296", "Dwight", "Evans", "Dwight Evans", "PA", 3, "Democrat", "2019-01-03", "2021-01-03"],
  ["Bradley S. Schneider", "COSIGNER", "S001190", "Bradley", "Schneider", "Bradley Scott Schneider", "IL", 10, "Democrat", "2019-01-03", "2021-01-03"],
  ["Haley M. Stevens", "COSIGNER", "S001215", "Haley", "Stevens", "Haley M. Stevens", "MI", 11, "Democrat", "2019-01-03", "2021-01-03"],
  ["Chellie Pingree", "COSIGNER", "P000597", "Chellie", "Pingree", "Chellie Pingree", "ME", 1, "Democrat", "2019-01-03", "2021-01-03"],
  ["Linda T. Sánchez", "COSIGNER", "S001156", "Linda", "Sánchez", "Linda T. Sánchez", "CA", 38, "Democrat", "2019-01-03", "2021-01-03"],
  ["Jared Huffman", "COSIGNER", "H001068", "Jared", "Huffman", "Jared Huffman", "CA", 2, "Democrat", "2019-01-03", "2021-01-03"],
  ["Ted W. Lieu", "COSIGNER", "L000582", "Ted", "Lieu", "Ted Lieu", "CA", 33, "Democrat", "2019-01-03", "2021-01-03"],
];
