// The registry of personal-identifier recognisers, one file each under src/recognizers/<country>/. The
// order is the order of precedence when two recognisers claim the same digits (the first wins);
// `recognisersFor` marks which are at home in the configured jurisdiction.
import type { Jurisdiction } from '../types.js';
import type { Recogniser } from './types.js';
import { nino } from './gb/nino.js';
import { nhs } from './gb/nhs.js';
import { ukDrivingLicence } from './gb/driving-licence.js';
import { tfn } from './au/tfn.js';
import { medicare } from './au/medicare.js';
import { crn } from './au/crn.js';
import { sin } from './ca/sin.js';
import { ontarioHealth } from './ca/ontario-health.js';
import { bcPhn } from './ca/bc-phn.js';
import { ssn } from './us/ssn.js';
import { itin } from './us/itin.js';
import { mbi } from './us/mbi.js';
import { ird } from './nz/ird.js';
import { nhi } from './nz/nhi.js';
import { pps } from './ie/pps.js';
import { passport } from './intl/passport.js';
import { drivingLicence } from './intl/driving-licence.js';
import { healthInsurance } from './intl/health-insurance.js';
import { medicalRecord } from './intl/medical-record.js';
import { studentNumber } from './intl/student-number.js';
import { vehiclePlate } from './intl/vehicle-plate.js';

export type { Recogniser } from './types.js';

/** Every recogniser, in precedence order (check-digit identifiers before label-only ones). */
export const RECOGNISERS: readonly Recogniser[] = [
  nino, nhs, tfn, medicare, crn, sin, ssn, itin, ird, nhi, pps, ontarioHealth, bcPhn, mbi, passport, ukDrivingLicence, drivingLicence, healthInsurance, medicalRecord, studentNumber, vehiclePlate,
];

export interface ActiveRecogniser {
  recogniser: Recogniser;
  /** At home in the configured jurisdiction, or international: its full context rules apply. */
  home: boolean;
}

const memo = new Map<Jurisdiction, readonly ActiveRecogniser[]>();

/**
 * The recognisers for a configured jurisdiction (from `locale` or an `extends` preset), in precedence
 * order. Its own and the international ones are at home, at full strength; other countries' need their
 * label in the same sentence (a Canadian SIN in a UK post must be called a SIN), keeping only the layouts
 * that are distinctive anywhere (a hyphenated 3-2-4 SSN, HMRC's spaced NI number).
 */
export function recognisersFor(jurisdiction: Jurisdiction): readonly ActiveRecogniser[] {
  let list = memo.get(jurisdiction);
  if (!list) {
    list = RECOGNISERS.map((recogniser) => ({ recogniser, home: recogniser.jurisdictions.length === 0 || recogniser.jurisdictions.includes(jurisdiction) }));
    memo.set(jurisdiction, list);
  }
  return list;
}
