// Policy topics: what a rule enforces, in words a policy pack can cite. A rule names one or more;
// packs map each topic to the clauses of a jurisdiction's law and guidance.
export const TOPICS = [
  'conduct',
  'equality',
  'accuracy',
  'plain-language',
  'accessibility',
  'platform-terms',
  'protective-marking',
  'embargo',
  'confidential-information',
  'account-security',
  'personal-data',
  'special-category-data',
  'children',
  'ai-transparency',
  'ai-governance',
  'political-impartiality',
  'pre-election',
  'endorsement',
  'contempt-of-court',
  'victim-anonymity',
  'defamation',
  'legal-liability',
  'official-languages',
] as const;

export type Topic = (typeof TOPICS)[number];
