/** Places and topic keywords the extractor knows by name. */

export const COUNTRIES = [
  "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
  "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Burma",
  "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Cuba", "Cyprus", "Czech Republic", "Denmark",
  "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana",
  "Greece", "Guatemala", "Haiti", "Honduras", "Hong Kong", "Hungary", "India", "Indonesia", "Iran", "Iraq",
  "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia", "Lebanon",
  "Libya", "Lithuania", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Nepal",
  "Netherlands", "New Zealand", "Nicaragua", "Nigeria", "North Korea", "Norway", "Pakistan", "Palestine", "Panama",
  "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Serbia",
  "Singapore", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden",
  "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tunisia", "Turkey", "Turkmenistan",
  "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam",
  "Yemen", "Zimbabwe", "Artsakh", "Nagorno-Karabakh", "Crimea", "Gaza", "West Bank", "Tibet", "Xinjiang",
  "South Caucasus", "Puerto Rico", "Guam",
];

export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
  "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
  "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
];

/** Topic slug -> words and phrases (lower case) that suggest it. */
export const TOPIC_KEYWORDS: Record<string, string[]> = {
  sanctions: ["sanction", "global magnitsky", "magnitsky", "asset freeze", "visa ban"],
  "human-rights": ["human rights", "civilians", "abuses", "atrocit", "genocide", "persecution"],
  "foreign-policy": ["secretary of state", "department of state", "diplomat", "foreign", "embassy", "ceasefire"],
  defense: ["military", "defense", "armed forces", "troops", "weapons", "munitions", "drone"],
  "disaster-relief": ["disaster", "hurricane", "fema", "wildfire", "flood", "emergency declaration", "recovery"],
  "voting-rights": ["voting", "voter", "ballot", "election", "polling"],
  appropriations: ["appropriation", "spending bill", "continuing resolution", "fiscal year", "supplemental", "funding"],
  taxes: ["tax", "tcja", "irs", "deduction", "tax cuts and jobs act"],
  "health-care": ["health care", "healthcare", "medicare", "medicaid", "hospital", "public health"],
  immigration: ["immigra", "asylum", "refugee", "visa", "border", "daca"],
  environment: ["climate", "emission", "environment", "clean water", "pollution", "epa"],
  energy: ["energy", "oil", "natural gas", "renewable", "electric grid"],
  education: ["education", "school", "student", "teacher", "college"],
  veterans: ["veteran", "va health", "department of veterans affairs"],
  agriculture: ["farm", "agricultur", "crop", "usda", "rural"],
  trade: ["tariff", "trade", "export", "import duties"],
  "law-enforcement": ["police", "law enforcement", "justice department", "fbi"],
  technology: ["technology", "privacy", "broadband", "cyber", "artificial intelligence"],
};
