// The accessibility classes by dimension, beside the near-misses that must stay clean: one-case hashtags
// built from the draft's own words or another language's (#dogparkmoncton, #crcroads, #froidextreme) ×
// case × position × language of the post; useless alt text (placeholders, emoji, hashtags, the post
// repeated) × where the image is given (frontmatter media, Markdown) × language; link text in the other
// languages of bilingual posts; emoji inside a word. Each row says why.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { draftVocabulary, splitWithVocabulary } from '../src/text/hashtag-vocabulary.js';

async function found(text: string, rule: string, config: Record<string, unknown> = {}) {
  const linter = await createLinter({ extends: [], ...config, rules: { [rule]: 'warning' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => text.slice(f.offset, f.endOffset));
}

describe('accessibility/hashtag-case: tags made of the draft’s words × case × position × language', () => {
  // [tag, post text, organisation, flagged?, why]
  const TAGS: ReadonlyArray<readonly [string, string, string, boolean, string]> = [
    ['dogparkmoncton', 'The Mapleton dog park in Moncton reopens on Saturday.', '', true, 'two English words and a city the post names'],
    ['cedarridgefire', 'Open burning is banned until further notice.', 'City of Cedar Ridge', true, 'the organisation’s name, then a word'],
    ['crcroads', 'Stay off the roads unless you must travel.', 'Cedar Ridge County', true, 'the initials of the organisation, then a word'],
    ['hivtesting', 'Free HIV testing at all clinics this week.', '', true, 'an acronym the post writes in capitals, then a word'],
    ['mtvictoriatrack', 'The Mount Victoria walkway is open again.', '', true, 'an abbreviation (data file), a name in the post, a word'],
    ['burnban', 'OPEN BURNING IS PROHIBITED CITYWIDE.', '', true, 'an English word the post uses ("burning"), then a word'],
    ['froidextreme', 'Avertissement de froid extrême pour ce soir.', '', true, 'French words of the post, accents dropped in the tag'],
    ['froidextrême', 'Avertissement de froid extrême pour ce soir.', '', true, 'the same with its accent'],
    ['tywyddgarw', 'Rhybudd tywydd ar gyfer heno.', '', true, 'two Welsh words of the data file'],
    ['dimgoddefgarwch', 'Ni fyddwn yn goddef ymddygiad ymosodol.', '', true, 'a Welsh campaign phrase (zero tolerance)'],
    ['troseddcefngwlad', 'Cafodd beic cwad ei ddwyn o fferm ger Tregaron.', '', true, 'Welsh crime and countryside words (trosedd, cefn gwlad)'],
    ['criminaliterurale', 'Un véhicule volé près de la ferme.', '', true, 'French crime words, accents dropped'],
    ['coireachttuaithe', 'Goideadh rothar cuad ó fheirm.', '', true, 'Irish rural crime'],
    ['cefneithin', 'Mae llyfrgell Cefneithin ar agor heddiw.', '', false, 'a one-word Welsh village that starts with a data word (cefn)'],
    ['moncton', 'The dog park in Moncton reopens.', '', false, 'a one-word city: a tag never explains itself'],
    ['penistone', 'Penistone library is closed today, the tone of the pen is fine.', '', false, 'a one-word town the English words happen to cut'],
    ['matairangi', 'Kua tuwhera anō te ara ki runga o Matairangi.', '', false, 'a Māori place name'],
    ['carrigmore', 'Carrigmore Library reopens with more books.', 'Carrigmore County Council', false, 'a place name ending in an English word'],
    ['northmont', 'Free testing this week.', 'Northmont Department of Health', false, 'the organisation’s one-word name'],
    ['storm', 'The park will close because of the storm.', '', false, 'one English word the post uses'],
    ['tewikiotereomāori', 'Te Wiki o te Reo Māori starts today.', '', false, 'pieces of one and two letters: left to the reader (no accidental splits)'],
  ];
  const PLACES: ReadonlyArray<readonly [string, (body: string, tag: string) => string]> = [
    ['at the end', (b, t) => `${b}\n\n${t}`],
    ['at the start', (b, t) => `${t} ${b}`],
    ['mid-sentence', (b, t) => `${b.replace(/\.$/, '')} ${t} today.`],
  ];
  for (const [tag, body, org, flagged, why] of TAGS) {
    for (const [where, make] of PLACES) {
      for (const cased of flagged ? [tag, tag.toUpperCase()] : [tag]) {
        it(`#${cased} ${where}: ${flagged ? 'flagged' : 'fine'} (${why})`, async () => {
          const text = make(body, `#${cased}`);
          const config = org ? { organisation: { name: org } } : {};
          expect(await found(text, 'accessibility/hashtag-case', config)).toEqual(flagged ? [`#${cased}`] : []);
        });
      }
    }
  }
  it('suggests CamelCase with the acronym in capitals and the accent kept', () => {
    const vocab = draftVocabulary(['Cedar Ridge County', 'Free HIV testing', 'froid extrême']);
    expect(splitWithVocabulary('crcroads', vocab)?.camel).toBe('CRCRoads');
    expect(splitWithVocabulary('hivtesting', vocab)?.camel).toBe('HIVTesting');
    expect(splitWithVocabulary('froidextrême', vocab)?.camel).toBe('FroidExtrême');
  });
  it('a CamelCase tag in another language is left alone (#DimGoddefgarwch, #FroidExtrême)', async () => {
    expect(await found('Rhybudd tywydd. #DimGoddefgarwch #FroidExtrême #TywyddGarw', 'accessibility/hashtag-case')).toEqual([]);
  });
});

describe('accessibility/alt-text: alt text that does not describe × where the image is × language', () => {
  const media = (alt: string, body: string) => `---\nmedia:\n  - file: library-opening.jpg\n    alt: ${JSON.stringify(alt)}\n---\n${body}`;
  const markdown = (alt: string, body: string) => `${body}\n\n![${alt}](library-opening.jpg)`;
  const BODY = 'Our new library on Church Street opens on Monday at 9am.';
  // [alt, body, flagged?, why]
  const ALTS: ReadonlyArray<readonly [string, string, boolean, string]> = [
    ['Image', BODY, true, 'says only that an image is there'],
    ['photo', BODY, true, 'lower case'],
    ['Photo 2.', BODY, true, 'a numbered placeholder with closing punctuation'],
    ['Poster', BODY, true, 'a kind of image alone'],
    ['alt text', BODY, true, 'a template left in'],
    ['Llun', 'Mae ein llyfrgell newydd yn agor ddydd Llun.', true, 'Welsh for "picture"'],
    ['Affiche', 'Notre nouvelle bibliothèque ouvre lundi.', true, 'French for "poster"'],
    ['Grianghraf', 'Osclaíonn an leabharlann nua Dé Luain.', true, 'Irish for "photograph"'],
    ['📚🎉', BODY, true, 'emoji only: read by name, no description'],
    ['#NewLibrary #ChurchStreet', BODY, true, 'hashtags only'],
    [BODY, BODY, true, 'the post text pasted as the alt text'],
    ['Poster for the library fun day on Saturday, 10am to 2pm, with balloons', BODY, false, 'a kind of image followed by what it shows'],
    ['Library', BODY, false, 'a one-word description of the subject (short, but not a placeholder)'],
    ['The new library on Church Street, a glass front with people queuing outside', BODY, false, 'a description that shares words with the post'],
    ['Our new library', BODY, false, 'a short phrase from the post: under five words, a caption not a paste'],
    ['Children reading in the new library 📚', BODY, false, 'a description with an emoji at the end'],
  ];
  for (const [alt, body, flagged, why] of ALTS) {
    for (const [where, make] of [['frontmatter media', media], ['Markdown image', markdown]] as const) {
      it(`${JSON.stringify(alt)} in ${where}: ${flagged ? 'flagged' : 'fine'} (${why})`, async () => {
        expect((await found(make(alt, body), 'accessibility/alt-text')).length).toBe(flagged ? 1 : 0);
      });
    }
  }
});

describe('accessibility/link-text: vague link text × language × form', () => {
  // [link text, flagged?, why]
  const LINKS: ReadonlyArray<readonly [string, boolean, string]> = [
    ['click here', true, 'English'],
    ['Cliquez ici', true, 'French'],
    ['ici', true, 'French "here"'],
    ['En savoir plus', true, 'French "learn more"'],
    ['Lire la suite.', true, 'French "read more", closing full stop'],
    ['Cliciwch yma', true, 'Welsh'],
    ['Darllen mwy', true, 'Welsh "read more"'],
    ['Rhagor o wybodaeth', true, 'Welsh "more information"'],
    ['cliceáil anseo', true, 'Irish'],
    ['Léigh tuilleadh', true, 'Irish "read more"'],
    ['Pāwhiri ki konei', true, 'Māori'],
    ['Réservez votre place à la piscine', false, 'French, describes the destination'],
    ['Archebwch le yn y pwll nofio', false, 'Welsh, describes the destination'],
    ['Cuir isteach ar an liúntas breosla', false, 'Irish, describes the destination'],
    ['here is the timetable', false, 'starts with "here" but says where it goes'],
  ];
  for (const [label, flagged, why] of LINKS) {
    it(`[${label}](…): ${flagged ? 'flagged' : 'fine'} (${why})`, async () => {
      const text = `Details of the new timetable: [${label}](https://example.gov.uk/timetable)`;
      expect(await found(text, 'accessibility/link-text')).toEqual(flagged ? [label] : []);
    });
  }
  const BARE: ReadonlyArray<readonly [string, boolean, string]> = [
    ['Cliquez ici pour réserver : exemple.ca/piscine', true, 'French before a bare URL'],
    ['Cliciwch yma i archebu: enghraifft.llyw.cymru/nofio', true, 'Welsh before a bare URL'],
    ['Cliceáil anseo chun iarratas a dhéanamh: sampla.ie/liuntas', true, 'Irish before a bare URL'],
    ['Link in bio to book your place.', false, '"link in bio" says where the link is'],
    ['Réservez à exemple.ca/piscine', false, 'no click phrase'],
    ['To apply, click here: example.gov.uk/warmhomes', true, 'English, after a comma, before a bare URL'],
    ['For the full list of routes, Click Here: example.ca/delays', true, 'title case'],
    ['Click the button on the form here: example.gov.uk/form', false, '"click" and "here" apart: not the phrase'],
    ['Clickhere.com is not our site.', false, 'the letters run into a word'],
  ];
  for (const [text, reported, why] of BARE) {
    it(`${JSON.stringify(text)}: ${reported ? 'a warning' : 'nothing'} (${why})`, async () => {
      const linter = await createLinter({ extends: [], rules: { 'accessibility/link-text': 'warning' } });
      const got = (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'accessibility/link-text');
      expect(got.map((f) => f.severity)).toEqual(reported ? ['warning'] : []);
    });
  }
});

describe('accessibility/emoji: emoji inside a word × emoji kind × position', () => {
  // [text, flagged?, why]
  const ROWS: ReadonlyArray<readonly [string, boolean, string]> = [
    ['Don’t let sh🔥t happen at home: test your alarm.', true, 'an emoji between the letters of a word'],
    ['We l💙ve our libraries.', true, 'a heart replacing a letter'],
    ['C🅰️ll us on the number below.', true, 'a letter emoji replacing a letter'],
    ['🅱️ack to school next week.', true, 'a letter emoji at the start of a word'],
    ['Rydyn ni’n c💙ru ein llyfrgelloedd.', true, 'inside a Welsh word'],
    ['Nous 💙 nos bibliothèques.', false, 'between words, not inside one (information at most)'],
    ['Happy Diwali🪔 from all of us.', false, 'against the end of a word, a space after (information at most)'],
    ['Great day!🎉 Thanks to everyone.', false, 'after punctuation'],
    ['Parking is in 🅿️ 3 on Level 2.', false, 'a letter emoji standing alone'],
    ['Thanks to everyone who came 🎉', false, 'one emoji at the end of the post'],
  ];
  for (const [text, flagged, why] of ROWS) {
    it(`${JSON.stringify(text)}: ${flagged ? 'flagged' : 'fine'} (${why})`, async () => {
      const got = await found(text, 'accessibility/emoji');
      expect(got.length).toBe(flagged ? 1 : 0);
    });
  }
});
