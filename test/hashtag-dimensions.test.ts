// One-case hashtags and hashtag counts by dimension (issues #15 and #17): the casing of the tag × the
// language of the post around it (English, French, Irish, Welsh beside English) × where the tag sits,
// and X's hashtag advice × the number of tags. The words a tag splits into come from the English lists,
// the everyday-words list (src/text/data/frequent-words.ts) and the region codes (src/text/data/region-codes.ts).
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { splitHashtag } from '../src/text/words.js';

async function found(text: string, rules: string[]) {
  const linter = await createLinter({ extends: [], rules: Object.fromEntries(rules.map((r) => [r, 'warning'])) });
  return (await linter.lintAsync(text)).findings.filter((f) => rules.includes(f.ruleId)).map((f) => ({ rule: f.ruleId, text: text.slice(f.offset, f.endOffset), severity: f.severity }));
}

// Tags and the split the rule must suggest (or none: the tag is fine as it is), each with why.
const TAGS: ReadonlyArray<readonly [string, string | null, string]> = [
  ['fuelallowance', 'FuelAllowance', 'two everyday words ("allowance" is in the spoken-English list)'],
  ['newscanner', 'NewScanner', '"scanner" is an everyday word'],
  ['nbstorm', 'NBStorm', 'a province code run into a word'],
  ['bcwildfires', 'BCWildfires', 'a province code, then a plural'],
  ['nswfloods', 'NSWFloods', 'a three-letter state code'],
  ['ukstorm', 'UKStorm', 'a country code'],
  ['winterready', 'WinterReady', 'two common words'],
  ['FUELALLOWANCE', 'FuelAllowance', 'all capitals is one case too'],
  ['FuelAllowance', null, 'CamelCase already'],
  ['NBStorm', null, 'code in capitals, then CamelCase'],
  ['allowance', null, 'one word'],
  ['scanner', null, 'one word'],
  ['storm', null, 'one word'],
  ['penistone', null, 'a place name: no accidental split into short frequent words'],
  ['alness', null, 'a six-letter place: a region code plus a word costs more than the name'],
  ['moncton', null, 'a city name'],
  ['kilbrack', null, 'a townland name'],
  ['NHS', null, 'an acronym'],
  ['tempêteNB', null, 'mixed case (French word and code)'],
];

// The post around the tag line: the same tags must be judged the same in every language span.
const CONTEXTS: ReadonlyArray<readonly [string, (tags: string) => string]> = [
  ['English post', (t) => `The park will close at 6 p.m. on Friday because of the storm.\n\n${t}`],
  ['French then English', (t) => `Le parc sera fermé dès 18 h le vendredi en raison de la tempête prévue. Les sentiers seront inaccessibles.\n\nThe park will close at 6 p.m. on Friday because of the storm. Trails will be closed.\n\n${t}`],
  ['Irish then English', (t) => `Íoctar an liúntas ó mhí Mheán Fómhair go mí Aibreáin le teaghlaigh incháilithe. Is féidir leat iarratas a dhéanamh ar líne.\n\nThe allowance is paid from September to April to eligible households. You can apply online.\n\n${t}`],
  ['Welsh then English', (t) => `Mae ein sganiwr newydd wedi cyrraedd yr ysbyty. Bydd yn golygu amseroedd aros byrrach i gleifion.\n\nOur new scanner has arrived at the hospital. It means shorter waits for patients.\n\n${t}`],
  ['tag inside the French paragraph', (t) => `Le parc sera fermé dès 18 h le vendredi ${t} en raison de la tempête prévue.\n\nThe park will close at 6 p.m. on Friday because of the storm.`],
  ['tag at the start of the post', (t) => `${t} The park will close at 6 p.m. on Friday because of the storm.`],
];

describe('accessibility/hashtag-case: casing × language span × position', () => {
  for (const [tag, camel, why] of TAGS) {
    for (const [where, make] of CONTEXTS) {
      it(`#${tag} in ${where}: ${camel ? `flagged as #${camel}` : 'fine'} (${why})`, async () => {
        const text = make(`#${tag}`);
        const got = (await found(text, ['accessibility/hashtag-case'])).map((f) => f.text);
        expect(got).toEqual(camel ? [`#${tag}`] : []);
      });
    }
    if (camel) {
      it(`#${tag} splits to ${camel}`, () => {
        expect(splitHashtag(tag)?.camel).toBe(camel);
      });
    }
  }
  it('a CamelCase tag beside the flagged one in the same line is left alone (#LiúntasBreosla #fuelallowance)', async () => {
    const text = 'Fuel Allowance is paid from September to April.\n\n#LiúntasBreosla #fuelallowance';
    expect((await found(text, ['accessibility/hashtag-case'])).map((f) => f.text)).toEqual(['#fuelallowance']);
  });
});

describe("platform/hashtag-limit: X's advice × number of tags; accessibility/hashtag-count not repeating it", () => {
  const TAG_POOL = ['#DriveSober', '#ArriveAlive', '#HolidaySafety', '#PortAlder', '#PlanARide', '#KnowYourLimit', '#RoadSafety', '#Winter', '#Police'];
  const post = (platform: string, n: number) => `---\nplatform: ${platform}\n---\nOur winter road safety campaign starts today. Plan a safe ride home.\n\n${TAG_POOL.slice(0, n).join(' ')}`;
  const CASES: ReadonlyArray<readonly [string, number, string[], string]> = [
    ['x', 2, [], "within X's advice of 2"],
    ['x', 3, [], 'a third tag is tolerated (accessibility guidance allows 3)'],
    ['x', 4, ['platform/hashtag-limit'], "over X's advice: one platform finding, not an accessibility one too"],
    ['x', 9, ['platform/hashtag-limit'], 'nine tags on X'],
    ['facebook', 3, [], 'Facebook, three tags'],
    ['facebook', 4, ['accessibility/hashtag-count'], 'Facebook publishes no advice: the accessibility count speaks'],
    ['linkedin', 9, ['platform/hashtag-limit'], 'over the advice for LinkedIn (three to five): the platform finding, not repeated by accessibility'],
    ['linkedin', 5, ['accessibility/hashtag-count'], 'within the advice for LinkedIn, over accessibility guidance (3)'],
    ['instagram', 5, ['accessibility/hashtag-count'], "Instagram: over accessibility's 3, within Instagram's 5"],
    ['instagram', 6, ['platform/hashtag-limit'], "Instagram: over its own recommended 5"],
    ['threads', 2, ['platform/hashtag-limit'], 'Threads makes one topic tag'],
  ];
  for (const [platform, n, want, why] of CASES) {
    it(`${platform}, ${n} tags: ${want.join(', ') || 'nothing'} (${why})`, async () => {
      const got = await found(post(platform, n), ['platform/hashtag-limit', 'accessibility/hashtag-count']);
      expect(got.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(want);
    });
  }
  it('the X finding starts at the fourth tag and says what X recommends', async () => {
    const linter = await createLinter({ extends: [], rules: { 'platform/hashtag-limit': 'error' } });
    const text = post('x', 5);
    const [f] = (await linter.lintAsync(text)).findings;
    expect(text.slice(f!.offset, f!.endOffset)).toBe('#PortAlder #PlanARide');
    expect(f!.message).toBe('This post has 5 hashtags: X recommends no more than 2 hashtags in a post.');
    expect(f!.severity).toBe('warning');
  });
});
