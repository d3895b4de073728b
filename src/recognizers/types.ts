// A recogniser of one personal identifier, declared as data (after Presidio's predefined_recognizers):
// its country, labels, accepted layouts, validator and display name. A new country's identifiers are one
// folder of such files and one line in ./index.ts; src/text/identifiers.ts runs them.
import type { Jurisdiction } from '../types.js';

export interface Recogniser {
  /** `<country>/<identifier>`, the file's path under src/recognizers/. */
  id: string;
  /** ISO 3166 country code of the issuer, or 'INTL' for identifiers every country issues (passports). */
  country: string;
  /** The jurisdictions where the identifier is at home; [] for international ones. */
  jurisdictions: readonly Jurisdiction[];
  /** Display name in messages: "tax file number". */
  name: string;
  /** Accepted layouts: the candidate pattern, bounded and linear, compiled on first use. */
  pattern: () => RegExp;
  /** The check digit or validity rules (stdnum's algorithm where stdnum has one; see test/personal-data-stdnum-oracle.test.ts). */
  validate: (value: string) => boolean;
  /** Labels and context words (full names, variants, acronyms), matched as whole words near the value. */
  context: RegExp;
  /** True when the value may be reported without a label (a distinctive, validated layout). */
  standalone?: (value: string, locale: string) => boolean;
  /** No check digit: the label must be in the same sentence, not the one before. */
  sentenceOnly?: boolean;
  /** The label must sit right before the value (passport, licence: no check digit at all). */
  adjacentOnly?: boolean;
  /** For adjacentOnly: whether the text before the value labels it strongly enough (default: see identifiers.ts). */
  labelledBefore?: (value: string, before: string) => boolean;
  /** A cheap pattern (no lookbehind) that every value passing `validate` contains: a body without it skips the recogniser. */
  hint: RegExp;
  /** Validity rules without a check digit (NINO prefixes): a failing value is not a mistyped real one, so it is never reported. */
  noCheckDigit?: true;
  /** The adjacent label alone decides: reference and business words ("registration") do not veto it, as its own labels contain them. */
  labelDecides?: true;
  /** A draft matching this publishes the value on purpose (a stolen-vehicle or Amber Alert appeal): never reported there. */
  notIn?: RegExp;
  /** Only where the identifier is at home: its label means something else elsewhere (a UK "CRN" is a crime reference number). */
  homeOnly?: true;
  /** Words (lower case) of which every labelled match needs one in the draft: a draft without any skips it. */
  gate?: readonly string[];
}
