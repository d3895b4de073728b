// personal-data/address: home addresses of private individuals — a house number, street name and street
// type ("14 Elm Grove"), flats and PO boxes — when the sentence ties the address to a person ("Mrs X of",
// "lives at", "resident at", "a 34-year-old man of", "his home in"). Public venues and offices used as
// event locations ("at the Town Hall, 1 High Street") and road-works locations are not personal data.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction } from '../../src/text/pii-context.js';
import { findNameCandidates, PERSONAL_TITLES } from '../../src/text/names.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import { CHECK_DATA } from '../../src/text/lang-checks.js';
import { escapeRegExp } from '../../src/text/terms.js';
import { leadingStreetTypeAlternations, streetTypeAlternation } from '../../src/recognizers/data/street-types.js';
import OWNERSHIP from './property-owner.json' with { type: 'json' };

// Street types of every jurisdiction, as data (src/recognizers/data/street-types.ts).
const STREET_TYPES = streetTypeAlternation();
// A street-name word: "Elm", "Kererū" (a macron, precomposed or combining), "O'Connell" and "McDonald" (an
// inner capital), "St." (Saint), or a numbered street as in the US and Canada ("5th", "34th").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’-]{1,20}(?:\p{Lu}[\p{Ll}\p{M}]{1,20})?|St\.?|\d{1,3}(?:st|nd|rd|th))`;
// A US/CA directional before the street name: "1234 N Main St", "45 NW 3rd Ave".
const DIRECTION = String.raw`(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?`;
// "14 Elm Grove", "14a Elm Grove", "Flat 3, 14 Elm Grove", "Unit 2/14 Smith St", "PO Box 123".
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,/:-])(?:(?:(?:Flat|Apartment|Apt|Unit|Suite)\.?\s+\d{1,4}[A-Za-z]?,?\s+|\d{1,4}[A-Za-z]?\/)?\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?\s+${DIRECTION}(?:${NAME_WORD}\s+){1,3}(?:${STREET_TYPES})(?![\p{L}\p{N}])\.?|(?:Flat|Apartment|Apt)\s+\d{1,4}[A-Za-z]?(?=,?\s+\p{Lu})|P\.?\s?O\.?\s?Box\s+\d{1,6})`,
  'gu',
);
// Street types written before the name (French, Welsh, Irish: "142, rue des Érables, app. 3", "5 Heol y
// Bont", "12 Bóthar na Trá"), lower or title case, then an optional flat or unit after a comma.
const LEADING = leadingStreetTypeAlternations();
const titleOrLower = (alt: string): string => alt.split('|').map((t) => `[${t[0]!.toUpperCase()}${t[0]!.toLowerCase()}]${t.slice(1)}`).join('|');
// A rural road known by its number: "1142, chemin de comté 17", "rang 4".
const NUMBERED_ROAD = String.raw`(?:comté|canton|rang|concession)\s+\d{1,4}`;
const LEADING_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,/:-])\d{1,5}[A-Za-z]?,?\s+(?:${titleOrLower(LEADING.types)})\s+(?:(?:${LEADING.links})\s*)?(?:${NAME_WORD}(?:\s+(?:(?:${LEADING.links})\s+)?${NAME_WORD}){0,2}|${NUMBERED_ROAD})(?![\p{L}\p{N}])(?:,?\s+(?:app\.?|appartement|apt\.?|unité|bureau|fflat|árasán)\s*\d{1,4}[A-Za-z]?(?![\p{L}\p{N}]))?`,
  'gu',
);
const LEADING_WORDS = new Set(LEADING.types.replace(/\\/g, '').split('|').map((t) => t.replace(/\.$/, '').toLowerCase()));
// A street without a house number right after a named person or a person with an age: "79-year-old
// Margaret Olson of Brandywine Court", "John Reid, 54, of Mill Lane". Only the written-out types that are
// not also everyday nouns after "of", and not followed by a capitalised word ("of Park Road School").
const FULL_TYPES = 'Street|Road|Avenue|Lane|Drive|Close|Crescent|Grove|Gardens|Terrace|Place|Court|Square|Mews|Boulevard|Parade|Circuit|Esplanade|Heights';
const STREET_OF_PERSON = new RegExp(String.raw`\bof\s+((?:${NAME_WORD}\s+){1,3}(?:${FULL_TYPES}))(?![\p{L}\p{N}])(?!\s+\p{Lu})`, 'gu');
// A street without a number that a person is said to live on: "Little Jayden Moana-Tait, who lives on Corella
// Street", "she lives in Brandywine Court". The verb ties it to the person.
const W = String.raw`[ \u00a0]+`;
const STREET_LIVED_ON = new RegExp(String.raw`\b(?:lives|lived|living)\s+(?:on|in|at)\s+((?:${NAME_WORD}\s+){1,3}(?:${FULL_TYPES}))(?![\p{L}\p{N}])(?!\s+\p{Lu})`, 'gu');
const EVERYONE_BEFORE = /\b(?:everyone|everybody|anyone|anybody|residents?|households?|people|those|all|families|homes|properties|businesses|tenants|occupants|neighbours|neighbors|you)\b[^.!?]{0,12}$/iu;
const LONE_PERSON_BEFORE = new RegExp(String.raw`\b(?:he|she|the${W}(?:boy|girl|man|woman|child|teenager|pensioner|victim|driver|resident|owner))(?:,?${W}(?:who|is|was|still|now|currently)){0,3}${W}$`, 'iu');
// Right before "of": a two-word name, or an age ("Margaret Olson of", "Jane Reid, 54, of", "a 79-year-old of").
const PERSON_JUST_BEFORE = /(?:(?<![\p{L}])\p{Lu}[\p{Ll}'’-]{1,20}\s+(?:\p{Lu}\.\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]{1,20}(?:,\s*(?:aged\s+)?\d{1,3},?)?|\b\d{1,3}-year-old(?:\s+(?:man|woman|boy|girl|person|pensioner|resident))?|\baged\s+\d{1,3},?)\s+$/u;
const CHARGED = /\b(?:charged|arrested|remanded|summonsed|summoned|convicted|sentenced|jailed|bailed|appear(?:ed|s)?\s+(?:at|before)|pleaded|admitted)\b/i;
// In a reply, the person written to is a private individual, so a house address in it is theirs or a
// neighbour's ("We've flagged 2210 Greenview Ct for a return pickup") unless the sentence names one of
// the organisation's premises or a public place before it. A spot beside a house ("the leak outside 14
// Tōtara Place", "vans parking outside 14 Carronvale Road") is the writer's own street unless the sentence is
// about the organisation's works there. "Our" counts only right before the address ("our 1 High Street
// office"): "Notre inspectrice passera au 1142, chemin…" is a visit to the person's home.
const REPLY_VENUE = /(?<![\p{L}\p{N}])(?:centre|center|office|offices|library|depot|hall|station|branch|clinic|hospital|tip|site|pool|school|shop|store|counter|reception|headquarters|hq|premises|building|campus|venue|bureau|bureaux|mairie|bibliothèque|swyddfa|llyfrgell|oifig|leabharlann|tari|whare\s+pukapuka|roadworks|works|closure|repairs|visit|come|drop|bring|collect|located|open|opens|closed|held|at\s+us)(?![\p{L}\p{N}])|(?<![\p{L}])(?:our|notre|nos|ein|ár)\s+$/iu;

// Gates for ADDRESS (see Document.words): a house number needs a street type (a whole word: after a space,
// before `\b`) and a number followed by a capital or a digit ("14 Elm", "45 NW", "12 5th"); a flat needs
// "Flat"/"Apartment"/"Apt"; a PO box "Box" ("PO Box", "P.O. Box") or "POBox"/"P.OBox".
const STREET_WORDS = new Set(STREET_TYPES.toLowerCase().split('|'));
// The word set holds ASCII words only: street types with other letters ("Montée") are looked for as written.
const NON_ASCII_TYPES = STREET_TYPES.split('|').filter((t) => /[^\x00-\x7f]/.test(t));
const NON_ASCII_LEADING = [...LEADING_WORDS].filter((t) => /[^\x00-\x7f]/.test(t));
const NUMBER_THEN_NAME = /\d[A-Za-z]?,?\s+[\p{Lu}\d]/u;
const FLAT_OR_BOX_WORDS = ['flat', 'apartment', 'apt', 'box', 'pobox', 'obox'];
// Every EIRCODE match starts with its routing key.
const EIRCODE_HINT = /[ACDEFHKNPRTVWXY]\d{2}|D6W/;
// "lives at" ties an address to a person; "live-fire training", "a live stream" do not.
const LIVES = String.raw`lives|live(?![-\u2010\u2011]|\s+(?:music|stream|streams|streamed|streaming|event|events|broadcast|chat|demo|demonstration|exercise|fire|training|updates?|coverage|session|sessions|show|traffic|map)\b)`;
// A vacant or publicly owned building is no one's home: "a vacant house at 1318 Prospect Ave."
const EMPTY_BUILDING = /\b(?:vacant|empty|derelict|abandoned|disused|boarded[- ]up|condemned|unoccupied|uninhabited|(?:city|council|county|state|government|district)[- ]owned)\s+(?:house|home|property|building|dwelling|flat|bungalow|cottage|premises|structure)\s+(?:at|on|in)\s*$/iu;
// Words before the address that tie it to a private person.
const PERSON_LINK = new RegExp(
  String.raw`(?:\b(?:${LIVES}|living|lived|resides?|residing|resident|residents|home|house|address|addressed|moved|staying|tenant|occupant|owner|householder|property|dwelling|household|neighbours?|neighbors?|next\s+door|part(?:y|ies))\b[^.!?\n]{0,25}$|\b(?:of|from)\s*$|\b(?:man|woman|boy|girl|person|pensioner|resident|mother|father|teenager|youth|driver|victim|suspect|owner|aged\s+\d{1,3}|\d{1,3}),?\s+(?:of|from)\s*$|\b(?:his|her|their|my)\s+(?:home|house|flat|address)\b[^.!?\n]{0,15}$)`,
  'iu',
);
// The other languages' words that tie an address to a person (src/lang/<code>/checks.json addressWords):
// "yn byw yn", "demeurant au" up to 25 characters before it; the short "of/from" words right before it
// ("Mrs Eirlys Pritchard, 82 oed, o 14 Heol y Felin", "M. Roy, du 12 rue des Pins").
const OTHER_ADDRESS_WORDS = [...new Set(Object.values(CHECK_DATA).flatMap((d) => d.personalData.addressWords))].sort((a, b) => b.length - a.length);
const otherAlt = (list: readonly string[]): string => list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+').replace(/['’]/g, "['’]")).join('|');
const OTHER_PERSON_LINK = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${otherAlt(OTHER_ADDRESS_WORDS.filter((w) => w.length > 3))})[^.!?\n]{0,25}|(?:${otherAlt(OTHER_ADDRESS_WORDS.filter((w) => w.length <= 3))}))\s*$`,
  'iu',
);
// Whose something is, in every language (property-owner.json: "registered to", "belongs to", "appartient à"),
// up to 40 characters before the address: "His microchip is registered to Sharon Lee at 6 Acacia Court".
const OWNER_LINK = new RegExp(
  String.raw`(?<![\p{L}])(?:${otherAlt([...new Set(Object.values(OWNERSHIP.ownerPhrases).flat())].sort((a, b) => b.length - a.length))})(?![\p{L}])[^.!?\n]{0,40}$`,
  'iu',
);
// A spot beside the address, with no works named before it ("outside", "opposite"): in a reply it is not a venue.
const SPOT_BEFORE = /\b(?:outside|between|junction|opposite|near)\b[^.!?\n]{0,6}$/u;
// (A road defect reported beside a house is the road's, not the house's: "the pothole outside 12 Kererū Street".)
const WORKS_WORD = /\b(?:roadworks|works|closure|repairs|potholes?|streetlights?|street[ \u00a0]+lights?|lamp[ \u00a0]?posts?|road[ \u00a0]+surface|roading|road[ \u00a0]+defects?|signpost|sign)\b/iu;
// An organisation or venue named just before the address: "Riverside Library, 1 High Street".
const VENUE_BEFORE = /\b(?:Hall|Library|Centre|Center|Office|Offices|House|Chambers|Museum|Theatre|Church|School|College|Academy|Station|Hospital|Surgery|Clinic|Depot|Hub|Park|Pool|Stadium|Arena|Court|Council|Market|Gallery|Club|Pavilion|Institute|Building|Venue|venue|us|our|we|us at|visit|event|drop-in|session|sessions|opening|held|meet|join|located|find|open|closed|roadworks|works|outside|between|junction|opposite|near)\b[^.!?\n]{0,6}$/u;
const TITLE_NAME = new RegExp(`\\b(?:${PERSONAL_TITLES.join('|')})\\.?\\s+\\p{Lu}`, 'u');
// Irish Eircode: a routing key (a letter from the Eircode set and two digits, or D6W) and a four-character
// unique identifier from the same set; each Eircode is one building, so a private person's is their home.
// The identifier must hold a letter unless the word "Eircode" labels it (four digits are too often a year).
const EIRCODE_CHARS = 'ACDEFHKNPRTVWXY';
const EIRCODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:[${EIRCODE_CHARS}]\d{2}|D6W))[ \u00a0]?([0-9${EIRCODE_CHARS}]{4})(?![\p{L}\p{N}])`,
  'gu',
);
const EIRCODE_LABEL = /\bEircode\s*:?\s*$/iu;
// An organisation's own premises or a public venue named before the Eircode in the same sentence.
const EIRCODE_VENUE =
  /\b(?:(?:our|the\s+council['’]?s?)\s+(?:offices?|address|depot|headquarters|HQ|buildings?|premises)|(?:visit|find|write\s+to|contact|join)\s+us|Hall|Offices?|Buildings|Library|Libraries|Centre|Center|Council|Chambers|Museum|Theatre|Church|School|College|Station|Hospital|Clinic|Depot|Hub|Park|Pool|Stadium|Arena|Courthouse|Market|Gallery|Club|Pavilion|Institute|Venue|venue|Hotel|Pharmacy|Surgery|Practice|Ltd|Limited|Services|Campus|Garda|Cathedral|Castle|Beach|Pier|Harbour|Marina|Airport|Parish|event|held|located)\b/u;
// Words that put a person at an address; the wider set adds those that only name one (a birthday, a neighbour).
const PERSON_WORDS = String.raw`${LIVES}|living|lived|resides?|residing|resident|residents|his|her|their|my|man|woman|boy|girl|person|pensioner|tenant|householder|owner|driver|victim|suspect|aged|year-old|he|she`;
const PERSON_WORD = new RegExp(String.raw`\b(?:${PERSON_WORDS}|centenarian|birthday|neighbour|neighbor)\b`, 'i');
const PERSON_WORD_NARROW = new RegExp(String.raw`\b(?:${PERSON_WORDS})\b`, 'i');

// In a reply the person written to is a private individual: "your complaint about the parties at …",
// "the house next to yours at …" tie the address to them or their neighbour.
const REPLY_PERSON = /\b(?:you|your|yours|you['’](?:re|ve))\b/i;

// A sentence that starts just after a middle initial ("… for Kevin R." / "Doyle of 2210 Birch Hollow Dr.")
// was split inside a name: the person's name and the linking words are in the sentence before.
const ENDS_WITH_INITIAL = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]{1,20}\s+\p{Lu}\.\s*$/u;

function compactCode(s: string): string {
  return s.replace(/[\s\u00a0]+/g, '').toUpperCase();
}

export default defineRule({
  id: 'personal-data/address',
  category: 'personal-data',
  description: 'Home addresses of private individuals (house number and street, flats, PO boxes) tied to a person.',
  docs: {
    rationale: 'A private person’s home address is personal data and a safety risk. Public venues and offices are fine.',
    flagged: ['Happy birthday to Mrs Edna Clarke of 14 Elm Grove.', 'A man who lives at 3 Mill Lane was arrested.'],
    clean: ['Join us at the Town Hall, 1 High Street.', 'Roadworks outside 14 Mill Lane start on Monday.', 'Write to us at PO Box 123.'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    const words = ctx.doc.words();
    // (The one check that needs no digit: a street a named person lives on.)
    reportStreetLivedOn();
    if (!/\d/.test(body)) return;
    const reply = ctx.meta.replyTo !== undefined;
    const mayMatch = words.hasAny(FLAT_OR_BOX_WORDS) || ((words.hasAny(STREET_WORDS) || NON_ASCII_TYPES.some((t) => body.includes(t))) && NUMBER_THEN_NAME.test(body));
    ADDRESS.lastIndex = 0;
    for (const m of mayMatch ? body.matchAll(ADDRESS) : []) {
      const offset = bodyOffset + m.index;
      const endOffset = offset + m[0].replace(/(?<![.,\s])[.,\s]+$/, '').length;
      const sentence = sentenceAt(ctx.doc, offset);
      let start = sentence ? sentence.offset : Math.max(bodyOffset, offset - 150);
      if (sentence && ENDS_WITH_INITIAL.test(prose.slice(Math.max(bodyOffset, start - 40), start))) {
        // The initial's full stop ends the sentence before (found by offset, not by scanning the list).
        const dot = prose.lastIndexOf('.', start);
        start = sentenceAt(ctx.doc, dot)?.offset ?? start;
      }
      const before = prose.slice(start, offset);
      if ((VENUE_BEFORE.test(before) && !(reply && SPOT_BEFORE.test(before) && !WORKS_WORD.test(before))) || EMPTY_BUILDING.test(before)) continue;
      if (ownAddress(m[0])) continue;
      if (reply && !REPLY_VENUE.test(before)) {
        report(offset, endOffset);
        continue;
      }
      // Linked to a person: a linking word right before, and a person (title, name, or person noun) in
      // the sentence; "of 14 Elm Grove" alone after a place name is not enough.
      if (!PERSON_LINK.test(before) && !OWNER_LINK.test(before)) continue;
      const hasPerson =
        (reply && REPLY_PERSON.test(before)) ||
        TITLE_NAME.test(before) ||
        findNameCandidates(prose, start, offset).length > 0 ||
        PERSON_WORD_NARROW.test(before);
      if (!hasPerson) continue;
      report(offset, endOffset);
    }
    reportLeading();
    reportStreetOfPerson();
    reportEircodes();

    function report(offset: number, endOffset: number, message = 'A private person’s home address is personal data: remove it (a town or area is usually enough).'): void {
      ctx.report({ offset, endOffset, message, suggestions: redaction(offset, endOffset, 'the address', ctx) });
    }

    function ownAddress(text: string): boolean {
      const t = text.replace(/[\s,.]+/g, ' ').trim().toLowerCase();
      return ctx.settings.organisation.publicContacts.some((c) => c.replace(/[\s,.]+/g, ' ').toLowerCase().includes(t));
    }

    // Addresses with the street type first, tied to a person as the English ones are, or in a reply.
    function reportLeading(): void {
      if (!words.hasAny(LEADING_WORDS) && !NON_ASCII_LEADING.some((t) => body.toLowerCase().includes(t))) return;
      LEADING_ADDRESS.lastIndex = 0;
      for (const m of body.matchAll(LEADING_ADDRESS)) {
        const offset = bodyOffset + m.index;
        const endOffset = offset + m[0].length;
        const sentence = sentenceAt(ctx.doc, offset);
        const start = sentence ? sentence.offset : Math.max(bodyOffset, offset - 150);
        const before = prose.slice(start, offset);
        if (VENUE_BEFORE.test(before) || ownAddress(m[0])) continue;
        const linked = reply ? !REPLY_VENUE.test(before) : (PERSON_LINK.test(before) || OTHER_PERSON_LINK.test(before) || OWNER_LINK.test(before)) && (TITLE_NAME.test(before) || findNameCandidates(prose, start, offset).length > 0 || PERSON_WORD.test(before));
        if (linked) report(offset, endOffset);
      }
    }

    // A street named without a house number, right after a named person or a person's age.
    function reportStreetOfPerson(): void {
      if (!words.has('of')) return;
      STREET_OF_PERSON.lastIndex = 0;
      for (const m of body.matchAll(STREET_OF_PERSON)) {
        const offset = bodyOffset + m.index + m[0].length - m[1]!.length;
        const endOffset = offset + m[1]!.length;
        const at = bodyOffset + m.index;
        const before = prose.slice(Math.max(bodyOffset, at - 60), at);
        const person = PERSON_JUST_BEFORE.exec(before);
        if (!person) continue;
        // A person charged or arrested is named with their street on purpose (open justice: "Daniel
        // Hargreaves, 34, of Field Road, is charged"); the victims in the same sentence are not.
        const sentence = sentenceAt(ctx.doc, at);
        const sentenceText = sentence ? prose.slice(sentence.offset, sentence.endOffset) : before;
        if (CHARGED.test(sentenceText) && !/\bvictims?\b/i.test(sentenceText)) continue;
        // Two capitalised words must read as a person's name ("Margaret Olson", not "Main Street"); an age is enough.
        if (!/\d/.test(person[0]) && findNameCandidates(before, before.length - person[0].length, before.length).length === 0) continue;
        report(offset, endOffset, 'A private person’s street is personal data next to their name or age: remove it (a town or area is usually enough).');
      }
    }

    function reportStreetLivedOn(): void {
      if (!words.hasAny(['lives', 'lived', 'living'])) return;
      STREET_LIVED_ON.lastIndex = 0;
      for (const m of body.matchAll(STREET_LIVED_ON)) {
        const offset = bodyOffset + m.index + m[0].length - m[1]!.length;
        const at = bodyOffset + m.index;
        const sentence = sentenceAt(ctx.doc, at);
        const sentenceText = sentence ? prose.slice(sentence.offset, sentence.endOffset) : '';
        // The one who lives there is a named person or a person the sentence points at ("she", "the boy"), not
        // everyone on the street ("Everyone who lives on Corella Street will get a letter").
        const before = prose.slice(sentence ? sentence.offset : Math.max(bodyOffset, at - 80), at);
        if (EVERYONE_BEFORE.test(before.slice(-40))) continue;
        if (findNameCandidates(before, 0, before.length).length === 0 && !LONE_PERSON_BEFORE.test(before.slice(-40))) continue;
        // (A charged person's street is named on purpose: open justice, as above.)
        if (CHARGED.test(sentenceText) && !/\bvictims?\b/i.test(sentenceText)) continue;
        report(offset, offset + m[1]!.length, 'A private person’s street is personal data beside where they live: remove it (a town or area is usually enough).');
      }
    }

    // Eircodes next to a private person (same tests as house addresses, applied to the sentence before it).
    function reportEircodes(): void {
      if (!/\d{2}/.test(body) || !EIRCODE_HINT.test(body)) return;
      const own = new Set(ctx.settings.organisation.publicContacts.map(compactCode));
      EIRCODE.lastIndex = 0;
      for (const m of body.matchAll(EIRCODE)) {
        const offset = bodyOffset + m.index;
        const endOffset = offset + m[0].length;
        const sentence = sentenceAt(ctx.doc, offset);
        const start = Math.max(sentence ? sentence.offset : bodyOffset, offset - 150);
        const before = prose.slice(start, offset);
        if (!/[A-Z]/.test(m[2]!) && !EIRCODE_LABEL.test(before)) continue;
        const code = compactCode(m[0]);
        if ([...own].some((c) => c.includes(code))) continue;
        if (EIRCODE_VENUE.test(before)) continue;
        const hasPerson = TITLE_NAME.test(before) || findNameCandidates(prose, start, offset).length > 0 || PERSON_WORD.test(before);
        if (!hasPerson) continue;
        ctx.report({
          offset,
          endOffset,
          message: 'An Eircode identifies a single home: a private person’s Eircode is personal data, remove it (a town or area is usually enough).',
          suggestions: redaction(offset, endOffset, 'the Eircode', ctx),
        });
      }
    }
  },
});
