// Registry of the personal-data rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import email from './email.js';
import phoneNumber from './phone-number.js';
import nationalId from './national-id.js';
import financial from './financial.js';
import address from './address.js';
import dateOfBirth from './date-of-birth.js';
import specialCategory from './special-category.js';
import childIdentified from './child-identified.js';
import requesterIdentified from './requester-identified.js';
import specialCategoryOtherLanguages from './special-category-other-languages.js';
import propertyOwner from './property-owner.js';
import financialSituation from './financial-situation.js';

export const personal_dataRules: Rule[] = [email, phoneNumber, nationalId, financial, address, dateOfBirth, specialCategory, childIdentified, requesterIdentified, specialCategoryOtherLanguages, propertyOwner, financialSituation];
