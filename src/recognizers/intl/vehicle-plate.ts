// Vehicle registration plates of any country, given with their label ("a white Hilux, rego LKP482",
// "registration AB12 CDE", "license plate 7ABC123", "plaque d'immatriculation FXT 203"): a plate is
// registered to a keeper, so a plate in a post points at a person. No check digit, and the layouts vary
// by country and era, so the value must sit right after its label and mix capitals and digits.
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, LABEL_TAIL } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const vehiclePlate: Recogniser = {
  id: 'intl/vehicle-plate',
  country: 'INTL',
  jurisdictions: [],
  name: 'vehicle registration',
  // Up to three groups of capitals and digits split by single spaces or hyphens: "LKP482", "AB12 CDE", "ABC-1234".
  pattern: lazyRegExp(`${D}[A-Z0-9]{1,8}(?:[ \\u00a0-][A-Z0-9]{1,4}){0,2}${E}`, 'gu'),
  // Four to eight characters with at least one letter and one digit ("2025" and "NSW" are not plates).
  validate: (v) => {
    const c = v.replace(/[\s\u00a0-]/g, '');
    return c.length >= 4 && c.length <= 8 && /[A-Z]/.test(c) && /\d/.test(c);
  },
  hint: /[A-Z][A-Z0-9 -]{0,8}\d|\d[A-Z0-9 -]{0,8}[A-Z]/,
  context: new RegExp(
    String.raw`(?:\b(?:rego|registration(?:\s+(?:plate|number|no\.?))?|reg(?:\.|\s+(?:plate|number|no\.?))?|number\s+plate|licen[cs]e\s+plates?|plates?(?:\s+number)?|VRM|tags?\s+number|plaque(?:\s+d['’]immatriculation)?|immatriculation|rhif\s+cofrestru|cl[aá]r[uú]ch[aá]n)|\bplat\s+rhif)${LABEL_TAIL}`,
    'i',
  ),
  // The label must be right before the value (comma or colon allowed), never a capitalised word after it.
  labelledBefore: () => true,
  adjacentOnly: true,
  labelDecides: true,
  // Police publish plates on purpose to find a vehicle: stolen-vehicle, missing-person and Amber Alert appeals.
  notIn: /\b(?:amber\s+alert|missing|stolen|have\s+you\s+seen|if\s+you\s+see|sightings?|abduct\w*|wanted|appeal\w*|do\s+not\s+approach|call\s+(?:911|999|000|111|triple\s+zero))\b/i,
  gate: ['rego', 'registration', 'reg', 'plate', 'plates', 'vrm', 'tag', 'tags', 'plaque', 'immatriculation', 'cofrestru', 'clárúchán'],
};
