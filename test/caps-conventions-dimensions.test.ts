// Conventional capitals by dimension (src/text/caps.ts, data in src/text/data/caps-labels.json): the name
// of an official warning level used as a post's label, the opening line of a news release and a news
// dateline are not shouting, for tone/shouting and accessibility/all-caps alike. Label × what follows it
// (punctuation) × position × jurisdiction × register, and near-misses that must still be found, each with a why.
import { describe, expect, it } from 'vitest';
import { findCapsRuns } from '../src/text/caps.js';
import { createLinter } from '../src/index.js';

const runs = (text: string): string[] => findCapsRuns(text, 0, text.length).map((r) => text.slice(r.offset, r.endOffset));

// Warning levels and alerts, with the jurisdiction whose agencies write them so.
const ALERTS: ReadonlyArray<readonly [string, string]> = [
  ['WINTER STORM WARNING', 'US National Weather Service product'],
  ['SEVERE THUNDERSTORM WATCH', 'US NWS watch'],
  ['FLASH FLOOD WARNING', 'US NWS warning'],
  ['EXCESSIVE HEAT WARNING', 'US NWS warning'],
  ['PRECAUTIONARY BOIL ADVISORY', 'US water utility advisory'],
  ['BOIL WATER NOTICE', 'UK/IE/NZ water notice'],
  ['WATCH AND ACT', 'Australian Warning System level'],
  ['EMERGENCY WARNING', 'Australian Warning System level'],
  ['BUSHFIRE ADVICE', 'Australian Warning System level'],
  ['TOTAL FIRE BAN', 'Australian fire-ban day'],
  ['CATASTROPHIC FIRE DANGER', 'Australian Fire Danger Rating'],
  ['STATUS ORANGE', 'Met Éireann level'],
  ['RED WARNING', 'Met Office level'],
  ['AMBER WEATHER WARNING', 'Met Office level'],
  ['HEAVY RAIN WATCH', 'MetService NZ'],
  ['EXTREME COLD WARNING', 'Environment Canada'],
  ['SNOW SQUALL WARNING', 'Environment Canada'],
  ['AIR QUALITY ALERT', 'US/CA air quality'],
  ['EVACUATE NOW', 'Australian/NZ evacuation level'],
];
// What follows the label.
const AFTER: ReadonlyArray<readonly [string, (l: string) => string]> = [
  ['colon', (l) => `${l}: The fire is burning east of Dolphin Sands Road.`],
  ['dash', (l) => `${l} — homes on Walnut St between 2nd St and 6th St.`],
  ['lower-case continuation', (l) => `${l} for homes on Walnut St after a water main break.`],
  ['own line', (l) => `${l}\nA fire is burning east of the town.`],
  ['full stop', (l) => `${l}. Stay away from the river banks.`],
  ['mid-sentence', (l) => `A ${l} is in place for the Huon Valley until 6pm.`],
];

describe('warning-level labels are not shouting', () => {
  for (const [label, why] of ALERTS) {
    it.each(AFTER)(`${label} (${why}) + %s`, (_, frame) => {
      expect(runs(frame(label))).toEqual([]);
    });
  }
});

// Opening lines of news releases and notices, in the bilingual jurisdictions' languages too.
const DOCUMENT_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['NEWS RELEASE', 'Canada, US'],
  ['FOR IMMEDIATE RELEASE', 'US'],
  ['MEDIA RELEASE', 'Australia, NZ'],
  ['PRESS RELEASE', 'UK, Ireland'],
  ['MEDIA ADVISORY', 'Canada, US'],
  ['COMMUNIQUÉ DE PRESSE', 'Canada (French)'],
  ['AVIS AUX MÉDIAS', 'Canada (French)'],
  ['DATGANIAD I’R WASG', 'Wales (Welsh)'],
  ['NOTES TO EDITORS', 'UK'],
];

describe('news release opening lines are not shouting', () => {
  for (const [label, where] of DOCUMENT_LABELS) {
    it(`${label} (${where}) on its own line`, () => {
      expect(runs(`${label}\nSeptember 14, 2027\n\nNew rest area opens`)).toEqual([]);
      expect(runs(`## ${label}\n`)).toEqual([]);
      expect(runs(`${label}: new rest area opens`)).toEqual([]);
    });
  }
});

// Datelines: a place in capitals, an optional region, then a dash.
const DATELINES: ReadonlyArray<readonly [string, string]> = [
  ['SAULT STE. MARIE — The ministry has awarded a contract.', 'Ontario, place names not English words'],
  ['HARLOW SPRINGS, Ohio — The city broke ground today.', 'US dateline with a state'],
  ['SALT LAKE CITY, Utah – The city opened a new centre.', 'English words, but a region follows'],
  ['NEW PLYMOUTH, N.Z. — The council has opened the new library.', 'a dotted region'],
  ['PORT ARTHUR ROCKHAMPTON -- Crews worked overnight.', 'double hyphen, unfamiliar names'],
];

describe('datelines are not shouting', () => {
  it.each(DATELINES)('%s (%s)', (text) => {
    expect(runs(text)).toEqual([]);
  });
});

// Near-misses: capitals that still read as shouting, each with why.
const NEAR_MISSES: ReadonlyArray<readonly [string, string, string]> = [
  ['DO NOT PARK ON THE GRASS VERGES. THIS IS YOUR FINAL WARNING!!!', 'DO NOT PARK ON THE GRASS VERGES. THIS IS YOUR FINAL WARNING', '"FINAL WARNING" is a threat, not a warning level'],
  ['FLOOD WARNING: DO NOT DRIVE THROUGH FLOODWATER.', 'DO NOT DRIVE THROUGH FLOODWATER', 'the label is exempt, the shouted instruction after it is not'],
  ['RED WARNING - STAY AT HOME TOMORROW', 'STAY AT HOME TOMORROW', 'a dash ends the label too'],
  ['WINTER STORM WARNING IN EFFECT UNTIL FRIDAY NIGHT', 'WINTER STORM WARNING IN EFFECT UNTIL FRIDAY NIGHT', 'no break after the label: the whole line is in capitals'],
  ['ALL LIBRARIES, CIVIC OFFICES AND RECYCLING CENTRES CLOSED TOMORROW', 'ALL LIBRARIES, CIVIC OFFICES AND RECYCLING CENTRES CLOSED TOMORROW', 'closures in capitals are not a warning level'],
  ['ROAD CLOSED DUE TO FLOODING — use the diversion via Mill Lane.', 'ROAD CLOSED DUE TO FLOODING', 'dateline-shaped, but ordinary English words, no region'],
  ['DO NOT ENTER — Use the side door.', 'DO NOT ENTER', 'dateline-shaped, but ordinary English words'],
  ['Please read: NEWS RELEASE TODAY AT CITY HALL', 'NEWS RELEASE TODAY AT CITY HALL', 'a release label inside a longer run is not the opening line'],
  ['Join us. THIS IS A PUBLIC NOTICE ABOUT PARKING.', 'THIS IS A PUBLIC NOTICE ABOUT PARKING', 'a notice label inside a shouted sentence'],
  ['PLEASE STAY HOME. EMERGENCY WARNING', 'PLEASE STAY HOME. EMERGENCY WARNING', 'a shouted sentence before the label keeps the run'],
];

describe('near-misses stay shouting', () => {
  it.each(NEAR_MISSES)('%s', (text, want) => {
    expect(runs(text)).toEqual([want]);
  });
});

describe('both rules agree on a whole post', () => {
  it('a warning-level post is clean for tone/shouting and accessibility/all-caps; its shouted instruction is not', async () => {
    const linter = await createLinter({ extends: [], rules: { 'tone/shouting': 'warning', 'accessibility/all-caps': 'warning' } });
    const clean = 'WATCH AND ACT: Bushfire at Dolphin Sands.\n\nIf you are not prepared, leave now for Swansea.';
    expect((await linter.lintAsync(clean)).findings.map((f) => f.ruleId)).toEqual([]);
    const loud = 'WATCH AND ACT: LEAVE NOW FOR SWANSEA.\n\nUpdates at tfes.tas.gov.au';
    const ids = (await linter.lintAsync(loud)).findings.map((f) => `${f.ruleId} ${loud.slice(f.offset, f.endOffset)}`).sort();
    expect(ids).toEqual(['accessibility/all-caps LEAVE NOW FOR SWANSEA', 'tone/shouting LEAVE NOW FOR SWANSEA']);
  });
});
