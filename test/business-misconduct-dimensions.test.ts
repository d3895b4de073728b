// legal/naming-and-shaming: a named business or trader accused of misconduct as fact, from the tenth held-out
// round ("High Desert Trophy Outfitters out of Eureka has been running illegal hunts … and cheating its
// clients", "They're a pack of cowboys who've been cutting corners"). Generated over business × where it
// trades × tense × misconduct × locale; near-misses keep the words without an accused business (a warning
// about the practice, callers impersonating a company, the organisation owning its own failing, a court
// result, "they are running late").
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'legal/naming-and-shaming');

const BUSINESSES = ['High Desert Trophy Outfitters', 'Coastline Developments', 'Harlow & Sons Roofing', 'Kestrel Home Care'];
const PLACES = ['', ' out of Eureka', ' based in Marlow', ' of Port Kembla'];
const TENSES = ['has been', 'is', 'was', 'keeps'];
const ACTS = ['running illegal hunts', 'operating without a licence', 'cheating its clients', 'lying to residents', 'ripping people off', 'cutting corners', 'misleading the public'];
const LOCALES = ['en-US', 'en-AU', 'en-GB'];

describe('naming-and-shaming: a business accused of misconduct', () => {
  for (const [i, biz] of BUSINESSES.entries()) {
    for (const [k, act] of ACTS.entries()) {
      const where = PLACES[(i + k) % PLACES.length]!;
      const tense = TENSES[(i + 2 * k) % TENSES.length]!;
      const accused = `${biz}${where} ${tense} ${act}`;
      for (const locale of LOCALES) {
        it(`${locale}: "${accused}"`, async () => {
          expect(await spans(`And for the record, ${accused} on jobs across the region.`, locale)).toEqual([accused]);
        });
      }
    }
  }
  const CROWDS = ["They're a pack of cowboys", 'They are a bunch of crooks', 'They were nothing but a load of cheats', "They're rogue traders"];
  for (const c of CROWDS) {
    for (const reply of [true, false]) {
      it(`${reply ? 'reply' : 'post'}: "${c}" after the business is named`, async () => {
        expect(await spans(`Yes, we know all about Coastline Developments. ${c}, and we have issued a stop work order.`, 'en-AU', reply)).toEqual([c]);
      });
    }
  }
  it('reports a second clause of the same sentence on its own', async () => {
    expect(await spans("They're a pack of cowboys who've been cutting corners on every job.", 'en-AU', true)).toEqual(["They're a pack of cowboys", "who've been cutting corners"]);
  });
});

describe('naming-and-shaming: business near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Unlicensed outfits often run illegal hunts, so check your guide at ndfwp.nv.gov/guides.', 'a warning about the practice: no business named'],
    ['Beware: callers claiming to be from British Gas are scamming residents across the county.', 'the company is impersonated'],
    ['Scam callers posing as Riverside Water are lying to residents about unpaid bills.', 'the company is impersonated'],
    ['We have been cutting corners on verge maintenance, and we are sorry.', 'the organisation owning its own failing'],
    ['Harlow & Sons Roofing was fined $20,000 at Marlow Magistrates’ Court for operating without a licence.', 'a court result rests on due process'],
    ['They are running late because of the weather.', 'no misconduct'],
    ['Our crews are cutting back the hedges on Mill Lane this week.', 'cutting, not cutting corners'],
    ['Scammers are lying to people about their energy bills.', 'no business named'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});

// The eleventh round: an owner named in apposition and caught at it ("the owner, Pat Cronin, has been caught
// falsifying care records"), a business called dodgy or corrupt as fact ("Northgate Built have been dodgy
// from day one"), and taxpayers ripped off. Not a road or a place called dodgy.
describe('naming-and-shaming: owners caught at it, businesses called dishonest', () => {
  const OWNERS = ['Pat Cronin', 'Gail Ostrander', 'Tane Walker'];
  const RECORDS = ['care records', 'the safety logs', 'their inspection reports', 'the timesheets'];
  for (const [i, who] of OWNERS.entries()) {
    for (const [k, rec] of RECORDS.entries()) {
      for (const verb of ['has been caught falsifying', 'was caught doctoring', 'has been found faking']) {
        if ((i + k) % 2 === 0 && verb.startsWith('was')) continue;
        const accused = `the owner, ${who}, ${verb} ${rec}`;
        it(`"${accused}"`, async () => {
          expect(await spans(`Between ourselves, ${accused} and residents there are not safe.`, 'en-IE', true)).toEqual([accused]);
        });
      }
    }
  }
  const FIRMS = ['Northgate Built', 'Coastline Developments', 'Harlow Roofing Ltd'];
  for (const firm of FIRMS) {
    for (const [tense, adj] of [['have been', 'dodgy'], ['are', 'crooked'], ['were', 'corrupt'], ['has been', 'completely dishonest'], ['is', 'shady']] as const) {
      it(`"${firm} ${tense} ${adj}"`, async () => {
        expect(await spans(`And for what it's worth, ${firm} ${tense} ${adj} from day one.`, 'en-AU', true)).toEqual([`${firm} ${tense} ${adj}`]);
      });
    }
    it(`"${firm} … they've been ripping off taxpayers"`, async () => {
      expect(await spans(`We know ${firm}. They've been ripping off taxpayers on half the school builds.`, 'en-AU', true)).toEqual(["They've been ripping off taxpayers"]);
    });
  }
  const NEAR: Array<[string, string]> = [
    ['Main Street is dodgy after dark in the fog, so please slow down.', 'a road, not a business'],
    ['Church Road has been dodgy since the flooding: use Mill Lane instead.', 'a road, not a business'],
    ['The wiring in the old depot was dodgy wiring from the 1970s.', 'wiring'],
    ['Our contractor Harlow Roofing Ltd is fixing the library roof this week.', 'a business named in a plain notice'],
    ['We have been caught out by the weather, and bins are a day late.', 'the organisation, not an accused'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB', true)).toEqual([]);
    });
  }
});
