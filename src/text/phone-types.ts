// The type of a phone number (mobile, fixed line, toll free …) from libphonenumber's metadata, with
// each pattern compiled once. libphonenumber-js's PhoneNumber.getType() compiles every pattern it tries
// anew on each call (helpers/matchesEntirely), ~0.2 ms a number: 23,000 replies with numbers took
// seconds in it alone. Same metadata, same order of tests as its getNumberType.
import { Metadata, type CountryCode, type NumberType } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

const NON_FIXED_LINE: readonly Exclude<NumberType, undefined>[] = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface TypeTest { pattern: RegExp; lengths?: readonly number[] }
interface Plan { national: RegExp; types: Map<string, TypeTest | undefined>; mobileEmpty: boolean; hasMobile: boolean }

let metadata: Metadata | undefined;
const plans = new Map<string, Plan>();

function plan(country: CountryCode): Plan {
  let p = plans.get(country);
  if (p) return p;
  metadata ??= new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  const types = new Map<string, TypeTest | undefined>();
  // The library's typings leave type() untyped: read through this narrow view.
  const numbering = metadata as unknown as { nationalNumberPattern(): string; type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined };
  for (const t of ['FIXED_LINE', ...NON_FIXED_LINE]) {
    const def = numbering.type(t);
    const source = def?.pattern();
    types.set(t, source ? { pattern: new RegExp(`^(?:${source})$`), ...(def!.possibleLengths() ? { lengths: def!.possibleLengths()! } : {}) } : undefined);
  }
  const mobile = numbering.type('MOBILE');
  p = { national: new RegExp(`^(?:${numbering.nationalNumberPattern()})$`), types, mobileEmpty: !!mobile && mobile.pattern() === '', hasMobile: !!mobile };
  plans.set(country, p);
  return p;
}

function is(national: string, test: TypeTest | undefined): boolean {
  return !!test && (!test.lengths || test.lengths.includes(national.length)) && test.pattern.test(national);
}

/** The number type of a national (significant) number in `country`, as libphonenumber's getType(). */
export function numberType(nationalNumber: string, country: CountryCode): NumberType | undefined {
  const p = plan(country);
  if (!p.national.test(nationalNumber)) return undefined;
  if (is(nationalNumber, p.types.get('FIXED_LINE'))) {
    if (p.mobileEmpty || !p.hasMobile || is(nationalNumber, p.types.get('MOBILE'))) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const t of NON_FIXED_LINE) if (is(nationalNumber, p.types.get(t))) return t;
  return undefined;
}

const lengths = new Map<string, readonly number[]>();
/**
 * Cheap pre-check before a parse: could `digits` (a national number as written, with its trunk prefix
 * 0 or 1 when there is one) be a number of `country`, by the possible lengths in the metadata?
 */
export function possibleNationalLength(digits: string, country: CountryCode): boolean {
  let l = lengths.get(country);
  if (!l) {
    metadata ??= new Metadata(metadataJson);
    metadata.selectNumberingPlan(country);
    const p = (metadata as unknown as { numberingPlan: { possibleLengths(): number[] } }).numberingPlan.possibleLengths();
    lengths.set(country, (l = p));
  }
  const n = digits.length;
  return l.includes(n) || (/^[01]/.test(digits) && l.includes(n - 1));
}
