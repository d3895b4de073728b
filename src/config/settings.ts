// Settings: the resolved, defaulted view of a config that rules read (never the raw file).
import type { Category, Jurisdiction, Locale, Platform, Severity } from '../types.js';
import type { OrganisationPolicy } from '../policy/index.js';

export interface DenyTerm {
  term?: string;
  pattern?: string;
  message?: string;
  category?: Category;
  severity?: Severity;
}

export interface ElectionPeriod {
  name: string;
  start: string;
  end: string;
}

export interface Settings {
  locale: Locale;
  jurisdiction: Jurisdiction;
  /** Default platform for drafts that name none. */
  platform: Platform;
  organisation: { name?: string; domains: string[]; publicContacts: string[] };
  terms: { confidential: string[]; allow: string[]; deny: DenyTerm[] };
  electionPeriods: ElectionPeriod[];
  ai: {
    approvedTools: string[];
    requireReview: boolean;
    disclosure: { required: 'always' | 'generated' | 'never'; patterns: string[]; text: string };
  };
  policy?: OrganisationPolicy;
  /** Findings shown per rule per draft; the rest are counted in one summary finding (0: no limit). */
  maxFindingsPerRule?: number;
}

/** A draft dense with personal data (a 5 MB export) would otherwise give hundreds of thousands of findings. */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 100;

export const LOCALE_JURISDICTION: Readonly<Record<Locale, Jurisdiction>> = {
  'en-GB': 'uk',
  'en-AU': 'au',
  'en-US': 'us',
  'en-CA': 'ca',
  'en-NZ': 'nz',
  'en-IE': 'eu',
  'cy-GB': 'uk',
  'fr-CA': 'ca',
  'mi-NZ': 'nz',
  'ga-IE': 'eu',
};

export const JURISDICTION_LOCALE: Readonly<Record<Jurisdiction, Locale>> = {
  uk: 'en-GB',
  au: 'en-AU',
  us: 'en-US',
  ca: 'en-CA',
  nz: 'en-NZ',
  eu: 'en-IE',
};

export const DEFAULT_DISCLOSURE_TEXT = 'This post was drafted with the help of AI.';
