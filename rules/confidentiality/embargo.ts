// confidentiality/embargo: embargo and release-status lines left in a draft — "EMBARGOED UNTIL 00:01
// THURSDAY 12 JUNE", "not for publication", "internal only – do not share", "off the record", a DRAFT
// banner — and a scheduled `publishAt` that falls before the embargo lifts.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { phrasePattern } from '../../src/text/terms.js';
import NOTES from './internal-note.json' with { type: 'json' };

// --- Date and time phrases after "embargoed until". ---------------------------------------------------
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';
const ZONE = '(?:GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|(?:UK|local|London|Sydney|Canberra|Melbourne|Wellington|Auckland|Ottawa|Eastern|Pacific|Central) time)';
const DT_TOKEN = [
  '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
  '\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?hrs)?',
  '\\d{1,2}\\s?[ap]\\.?m\\.?',
  '\\d{4}\\s?(?:hrs|hours|h)',
  'midnight|midday|noon|today|tonight|tomorrow|further notice',
  WEEKDAY,
  MONTH,
  '\\d{1,2}(?:st|nd|rd|th)?(?![:.]?\\d)',
  '\\d{4}',
  ZONE,
].join('|');
const DT_SEP = '(?:[\\s,]{1,3}(?:(?:on|at|of|the|from)\\s{1,3}){0,2})';
const DATETIME = `(?:(?:on|at|the)\\s{1,3})?(?:${DT_TOKEN})(?![\\p{L}\\p{N}])(?:${DT_SEP}(?:${DT_TOKEN})(?![\\p{L}\\p{N}])){0,9}`;

interface Phrase {
  re: RegExp;
  /** Weak phrases ("do not share." on its own) count only next to a strong one, or as a label. */
  weak?: (m: RegExpMatchArray, text: string, end: number) => boolean;
  embargo?: boolean;
  /** Case-insensitive continuation tried where the (case-sensitive) match ends: the embargo time. */
  tail?: RegExp;
  /**
   * A necessary condition (a sub-pattern every match contains, with the same `iu` case folding): without a
   * match the phrase's slower pattern (a lookbehind tried at every position) is skipped.
   */
  key?: RegExp;
}

const DOC_NOUN = '(?:e-?mail|document|doc|briefing|brief|information|info|note|paper|report|draft|message|update|material|text|lines|release|statement|copy|figures|data|details)';
// What may follow "do not share/forward" for it to be a release status rather than public advice
// ("do not share your PIN", "do not share images of the incident").
const STATUS_TAIL = new RegExp(
  `^(?:\\s+(?:this|these|the)\\s+${DOC_NOUN})?(?:\\s+(?:externally|outside(?:\\s+(?:the\\s+)?(?:team|organi[sz]ation|council|department|office|service|agency|building))?|beyond\\s+\\S+|further|publicly|yet|until\\b|before\\b|with\\s+(?:the\\s+)?(?:media|press|public|journalists)))`,
  'iu',
);
const BARE_END = /^\s*(?:$|[.:;!–—|)\]]|-\s|\n)/u;

const PHRASES: readonly Phrase[] = [
  // "EMBARGOED UNTIL 00:01 THURSDAY 12 JUNE", "Strictly embargoed to 10am", "Embargo: 00:01 BST 12 June".
  // "embargoed goods" and "the arms embargo: what it means" are news, so the bare word counts only in
  // capitals or opening a line; with "until"/"before" it is a status anywhere (except in the past tense).
  { re: new RegExp(`(?<![\\p{L}])(?<!(?:was|were|been|being|had)\\s{1,3})(?:strictly\\s{1,3})?embargoed\\s{1,3}(?:(?:until|till|til|before)\\b:?\\s{0,3}(?:${DATETIME})?|to\\s{1,3}(?:${DATETIME}))`, 'giu'), embargo: true, key: /embargoed/iu },
  {
    re: /(?:^[ \t]*(?:(?:STRICTLY|Strictly)[ \t]+)?(?:EMBARGOED|Embargoed|EMBARGO|Embargo)(?![\p{L}])|(?<![\p{L}])EMBARGO(?:ED)?(?![\p{L}]))/gmu,
    tail: new RegExp(`(?:\\s{0,2}(?::|[-–]\\s))?\\s{0,3}(?:(?:until|till|til|to|before)\\s{1,3})?(?:${DATETIME})`, 'iuy'),
    embargo: true,
    key: /embargo/iu,
    // "ARMS EMBARGO LIFTED" is a shouted headline: mid-line capitals count only within mixed-case text.
    weak: (m, text) => {
      const ls = text.lastIndexOf('\n', m.index!) + 1;
      if (!text.slice(ls, m.index).trim()) return false;
      const le = text.indexOf('\n', m.index!);
      return !/\p{Ll}/u.test(text.slice(ls, le === -1 ? text.length : le));
    },
  },
  { re: new RegExp(`(?<![\\p{L}])under\\s{1,3}(?:(?:a|an|strict)\\s{1,3})?embargo(?:\\s{1,3}(?:until|till|to)\\b\\s{0,3}(?:${DATETIME})?|(?=\\s*(?:$|[.:;,!–—-])))`, 'gimu'), embargo: true, key: /embargo/iu },
  // Release status.
  { re: /(?<![\p{L}])not\s{1,3}for\s{1,3}(?:(?:public|onward|wider|external|general)\s{1,3})?(?:publication|release|circulation|distribution|dissemination|broadcast|attribution|sharing)(?![\p{L}])/giu, key: /not\s{1,3}for\s/iu },
  {
    re: new RegExp(`(?<![\\p{L}])not\\s{1,3}(?:to\\s{1,3}be\\s{1,3}(?:published|released|circulated|distributed|shared|forwarded|broadcast|reported)|for\\s{1,3}(?:publication|release|broadcast))\\s{1,3}(?:until|till|before)\\s{1,3}(?:${DATETIME})`, 'giu'),
    embargo: true,
    key: /not\s{1,3}(?:to|for)\s/iu,
  },
  { re: /(?<![\p{L}])not\s{1,3}to\s{1,3}be\s{1,3}(?:published|released|circulated|distributed|disseminated|shared|forwarded|broadcast|reported)(?![\p{L}])/giu, key: /not\s{1,3}to\s/iu },
  {
    key: /internal/iu,
    re: /(?<![\p{L}])(?:(?:for\s{1,3})?internal\s{1,3}(?:use\s{1,3})?only|for\s{1,3}internal\s{1,3}(?:use|circulation|distribution))(?![\p{L}])/giu,
    // "Your answers are for internal use only" tells the public how their data is used: not a status.
    weak: (m, text) => /\b(?:you|your|responses?|feedback|answers?|survey|comments|data)\b[^.!?\n]{0,60}$/i.test(text.slice(Math.max(0, m.index! - 80), m.index)),
  },
  { re: /(?<![\p{L}])(?:background\s{1,3}only|on\s{1,3}background(?=\s{0,2}(?:$|[.:;,!)–—-]))|off\s{1,3}the\s{1,3}record|not\s{1,3}for\s{1,3}quotation|on\s{1,3}lobby\s{1,3}terms)(?![\p{L}])/giu, key: /background|record|quotation|lobby/iu },
  { key: /do\s{1,3}not\s/iu, re: /(?<![\p{L}])(?:please\s{1,3})?do\s{1,3}not\s{1,3}(?:circulate|distribute|publish|release)(?![\p{L}])/giu, weak: (m, text, end) => !STATUS_TAIL.test(text.slice(end, end + 80)) && !BARE_END.test(text.slice(end, end + 3)) },
  {
    key: /(?:do\s{1,3}not|don['’]t)\s/iu,
    re: /(?<![\p{L}])(?:please\s{1,3})?(?:do\s{1,3}not|don['’]t)\s{1,3}(?:share|forward|pass\s{1,3}on)(?![\p{L}])/giu,
    weak: (m, text, end) => {
      if (STATUS_TAIL.test(text.slice(end, end + 80))) return false;
      // As a label ("Do not share: …", "DO NOT SHARE") it is a status; bare at the end of a sentence it may be advice.
      if (/^\s*(?::|[–—]\s|-\s)/u.test(text.slice(end, end + 3)) || m[0] === m[0].toUpperCase()) return false;
      return true;
    },
  },
];

// DRAFT as a status: a banner line ("DRAFT", "[DRAFT]", "Draft v2 – for approval"), a label at the start
// of a line ("DRAFT: new bin days"), "Status: draft", or bracketed anywhere. "Our draft local plan" is prose.
const DRAFT_BANNER = /^[ \t]*(?:[[(][ \t]*)?(?:DRAFT|Draft)(?:[ \t]*[[(]?(?:v|version|no\.?)?[ \t]?\d{1,3}(?:\.\d{1,3})?[\])]?)?(?:[ \t]*[\])])?(?:[ \t]*[-–—:|][ \t]*(?:for|awaiting|pending|not for)[ \t]+(?:sign[- ]?off|approval|comments?|review|checking|clearance|publication|release))?(?=[ \t]*(?:$|[-–—:|][ \t]*|\/\/))/gmu;
const DRAFT_CAPS_LABEL = /^[ \t]*DRAFT(?=[ \t]+[a-z])/gmu;
const DRAFT_STATUS = /(?<![\p{L}])(?:status|version|stage)[ \t]*:[ \t]*(?:draft|DRAFT)(?![\p{L}])/giu;
const DRAFT_BRACKETED = /\[(?:DRAFT|Draft)\]|\(DRAFT\)/gu;
const DRAFT_FOR = /^[ \t]*draft[ \t]+for[ \t]+(?:approval|sign[- ]?off|checking|clearance)(?![\p{L}])/gimu;

// Notes to colleagues left in the draft (internal-note.json): a label (a colleague's initials in capitals,
// or a note word) and an instruction, in brackets or opening a line ("(LTT: don't mention the asbestos
// results until the HSE has been told.)", "Note to comms: hold until 10am"); and, anywhere, an instruction
// not to say something until someone has been told ("don't mention the cause until the family is informed").
// Case-sensitive patterns (the initials are capitals), so the words are matched in either case letter by letter.
const notePhrase = (p: string): string =>
  p.split(/\s+/).map((w) => phrasePattern(w).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('[ \\t\\u00a0]{1,3}');
const noteAlt = (list: readonly string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).map(notePhrase).join('|');
const NOTE_LABEL = String.raw`(?:\p{Lu}{2,4}|(?:${noteAlt(NOTES.noteLabels)})(?:[ \t]{1,3}(?:to|for)[ \t]{1,3}\p{Lu}\p{Ll}{1,20})?)`;
const NOTE_BODY = String.raw`[ \t]{0,3}[:–—-][ \t]{0,3}(?:[Pp]lease[ \t]{1,3})?(?:${noteAlt(NOTES.instructions)})(?![\p{L}])`;
const NOTE_BRACKETED = new RegExp(String.raw`[(\[][ \t]{0,3}${NOTE_LABEL}${NOTE_BODY}[^)\]\n]{0,200}[)\]]`, 'gu');
const NOTE_LINE = new RegExp(String.raw`^[ \t]{0,8}${NOTE_LABEL}${NOTE_BODY}[^\n.!?]{0,200}`, 'gmu');
const KEEP_QUIET = new RegExp(String.raw`(?<![\p{L}])(?:${noteAlt(NOTES.keepQuiet)})(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:until|till|before)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:${noteAlt(NOTES.toldWords)})(?![\p{L}])`, 'gu');
// Every note holds one of these words: drafts without one skip the patterns.
const NOTE_KEY = /mention|say|name|include|publish|post|reveal|confirm|use|share|tag|leave|hold|wait|check|sign|approv|run|chase|ask|tbc|to\s+be|add|insert|remove|delete|disclose|release|talk|quiet|nothing/iu;
// And each note pattern its own shape, a necessary condition much rarer than those words (which nearly
// every draft has): a bracket and, before it closes, the label's colon or dash (a label is at most 4
// capitals or a 15-letter note label with "to" and a 21-letter name); a line whose label's colon or dash
// comes within its first 60 characters; "until", "till" or "before".
const NOTE_SHAPES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/[(\[][^)\]\n]{0,60}[:–—-]/u, NOTE_BRACKETED],
  [/^[^\n]{0,60}[:–—-]/mu, NOTE_LINE],
  [/until|till|before/iu, KEEP_QUIET],
];

// Necessary conditions for the patterns above (same flags, so the same case folding): a draft without
// any of these words never runs (or compiles) the long patterns.
const PHRASE_KEY = /embargo|not\s{1,3}(?:for|to)\s|internal|background|record|quotation|lobby|do\s{1,3}not|don['’]t/iu;
const DRAFT_KEY = /draft/iu;

interface Hit {
  offset: number;
  endOffset: number;
  weak: boolean;
  embargo?: string;
  /** A note to colleagues rather than a status line. */
  note?: boolean;
}

interface Stamp {
  y?: number;
  mo?: number;
  d?: number;
  h?: number;
  mi?: number;
  /** Minutes east of UTC, when the text names a zone. */
  zone?: number;
  weekday?: number;
}

const ZONES: Record<string, number> = {
  gmt: 0, utc: 0, bst: 60, cet: 60, cest: 120, ist: 60, aest: 600, aedt: 660, acst: 570, acdt: 630, awst: 480, nzst: 720, nzdt: 780,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Reads the date, time and zone of an embargo phrase; `usOrder` reads 6/12 as June 12. */
export function parseEmbargoTime(phrase: string, usOrder: boolean): Stamp | undefined {
  const s: Stamp = {};
  const p = phrase.toLowerCase();
  let m = /(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2})?(z|[+-]\d{2}:?\d{2})?)?/.exec(p);
  if (m) {
    Object.assign(s, { y: +m[1]!, mo: +m[2]!, d: +m[3]! });
    if (m[4]) Object.assign(s, { h: +m[4], mi: +m[5]! });
    if (m[6]) s.zone = m[6] === 'z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (+m[6].slice(1, 3) * 60 + +m[6].slice(-2));
  } else if ((m = /(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})/.exec(p))) {
    const [a, b] = [+m[1]!, +m[2]!];
    const y = +m[3]!;
    Object.assign(s, usOrder ? { mo: a, d: b } : { d: a, mo: b }, { y: y < 100 ? 2000 + y : y });
  }
  const time = /(?<![\d/.])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b|(?<![\d/.-])(\d{1,2})[:.](\d{2})(?![\d/.])|(?<!\d)(\d{2})(\d{2})\s?(?:hrs|hours|h)\b|\b(midnight|midday|noon)\b/.exec(p.replace(/\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?)?/, ''));
  if (time && s.h === undefined) {
    if (time[1]) {
      let h = +time[1] % 12;
      if (time[3] === 'p') h += 12;
      Object.assign(s, { h, mi: time[2] ? +time[2] : 0 });
    } else if (time[4]) Object.assign(s, { h: +time[4], mi: +time[5]! });
    else if (time[6]) Object.assign(s, { h: +time[6], mi: +time[7]! });
    else if (time[8]) Object.assign(s, time[8] === 'midnight' ? { h: 0, mi: 0 } : { h: 12, mi: 0 });
  }
  if (s.mo === undefined) {
    const month = new RegExp(`(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?)?\\b(${MONTH})(?:\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s{1,3}(\\d{4}))?`, 'i').exec(p);
    if (month && (month[1] || month[3])) {
      s.mo = MONTHS.indexOf(month[2]!.slice(0, 3)) + 1;
      s.d = +(month[1] ?? month[3]!);
      if (month[4]) s.y = +month[4];
    }
  }
  const zone = /\b(gmt|utc|bst|cet|cest|ist|aest|aedt|acst|acdt|awst|nzst|nzdt|est|edt|cst|cdt|mst|mdt|pst|pdt)\b/.exec(p);
  if (zone && s.zone === undefined) s.zone = ZONES[zone[1]!];
  const wd = new RegExp(`\\b${WEEKDAY}`, 'i').exec(p);
  if (wd) s.weekday = WEEKDAYS.indexOf(wd[0].slice(0, 3).toLowerCase());
  return s.h === undefined && s.d === undefined && s.weekday === undefined ? undefined : s;
}

interface Scheduled {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  zone?: number;
}

function parsePublishAt(value: string): Scheduled | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value.trim());
  if (!m) return undefined;
  const out: Scheduled = { y: +m[1]!, mo: +m[2]!, d: +m[3]! };
  if (m[4]) Object.assign(out, { h: +m[4], mi: +m[5]! });
  if (m[6]) out.zone = m[6].toUpperCase() === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (+m[6].slice(1, 3) * 60 + +m[6].slice(-2));
  return out;
}

/** "before" | "after" | "same-day" (date known, times not comparable), or undefined when unknown. */
export function compareSchedule(publishAt: string, embargo: Stamp): 'before' | 'after' | 'same-day' | undefined {
  const pub = parsePublishAt(publishAt);
  if (!pub) return undefined;
  let { y, mo, d } = embargo;
  if (d === undefined && embargo.weekday !== undefined) {
    // "until 00:01 Thursday": the next Thursday on or after the publishing date.
    const base = new Date(Date.UTC(pub.y, pub.mo - 1, pub.d));
    const delta = (embargo.weekday - base.getUTCDay() + 7) % 7;
    base.setUTCDate(base.getUTCDate() + delta);
    [y, mo, d] = [base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate()];
  }
  if (d === undefined || mo === undefined) return undefined;
  y ??= pub.y;
  const dayCmp = Date.UTC(pub.y, pub.mo - 1, pub.d) - Date.UTC(y, mo - 1, d);
  if (embargo.h === undefined || pub.h === undefined) {
    if (dayCmp < 0) return 'before';
    if (dayCmp > 0) return 'after';
    return embargo.h === undefined || embargo.h * 60 + (embargo.mi ?? 0) === 0 ? 'after' : 'same-day';
  }
  // Wall-clock times in their zones; an unzoned side is taken to be in the other side's zone.
  const pz = pub.zone ?? embargo.zone ?? 0;
  const ez = embargo.zone ?? pub.zone ?? 0;
  const pubMs = Date.UTC(pub.y, pub.mo - 1, pub.d, pub.h, pub.mi ?? 0) - pz * 60_000;
  const embMs = Date.UTC(y, mo - 1, d, embargo.h, embargo.mi ?? 0) - ez * 60_000;
  return pubMs < embMs ? 'before' : 'after';
}

export default defineRule({
  id: 'confidentiality/embargo',
  category: 'confidentiality',
  description: 'Embargo and release-status lines ("embargoed until…", "not for publication", "internal only", "do not share", "off the record", a DRAFT banner), notes to colleagues left in the draft, and a publishAt before the embargo lifts.',
  docs: {
    rationale:
      'Embargo and release-status lines, and notes to colleagues ("(LTT: don\'t mention the test results until the HSE has been told)"), are instructions to the people preparing the post, not to the public. A post that carries one was copied from an internal or embargoed source, and publishing it early breaks the embargo or reveals what was held back.',
    flagged: ['EMBARGOED UNTIL 00:01 THURSDAY 12 JUNE', 'Internal only – do not share: the staff car park closes on Friday.', 'DRAFT v2 – for sign-off'],
    clean: ['Our draft local plan is out for consultation.', 'Do not share your password or PIN with anyone.', 'Please do not share images of the incident.'],
  },
  defaultSeverity: 'error',
  topics: ['embargo'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const hits: Hit[] = [];
    // Cheap prefilters: each phrase needs one of these words, and the DRAFT patterns need "draft".
    for (const p of ctx.doc.proseRegExp(PHRASE_KEY).test(prose) ? PHRASES : []) {
      if (p.key && !ctx.doc.proseRegExp(p.key).test(prose)) continue;
      p.re.lastIndex = 0;
      for (const m of prose.matchAll(p.re)) {
        if (m.index < bodyOffset) continue;
        let raw = m[0];
        if (p.tail) {
          p.tail.lastIndex = m.index + raw.length;
          const t = p.tail.exec(prose);
          if (t) raw += t[0];
        }
        // Trailing separators and a full stop are not part of the phrase ("a.m." keeps its dot).
        let text = raw.replace(/(?<![\s,:;–—-])[\s,:;–—-]+$/u, '');
        if (text.endsWith('.') && !/[ap]\.m\.$/i.test(text)) text = text.replace(/(?<!\.)\.+$/, '');
        const end = m.index + text.length;
        hits.push({ offset: m.index, endOffset: end, weak: p.weak ? p.weak(m, prose, end) : false, ...(p.embargo ? { embargo: text } : {}) });
      }
    }
    for (const re of ctx.doc.proseRegExp(DRAFT_KEY).test(prose) ? [DRAFT_BANNER, DRAFT_CAPS_LABEL, DRAFT_STATUS, DRAFT_BRACKETED, DRAFT_FOR] : []) {
      re.lastIndex = 0;
      for (const m of prose.matchAll(re)) {
        if (m.index < bodyOffset) continue;
        const lead = m[0].length - m[0].trimStart().length;
        const text = m[0].trim();
        if (!text) continue;
        hits.push({ offset: m.index + lead, endOffset: m.index + lead + text.length, weak: false });
      }
    }

    const noteWords = ctx.doc.proseRegExp(NOTE_KEY).test(prose);
    for (const [shape, re] of NOTE_SHAPES) {
      if (!noteWords || !ctx.doc.proseRegExp(shape).test(prose)) continue;
      re.lastIndex = 0;
      for (const m of prose.matchAll(re)) {
        if (m.index < bodyOffset) continue;
        const lead = m[0].length - m[0].trimStart().length;
        const text = m[0].trim();
        hits.push({ offset: m.index + lead, endOffset: m.index + lead + text.length, weak: false, note: true });
      }
    }

    // Adjacent phrases ("Internal only – do not share") are one status line: merge them.
    hits.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
    const merged: Hit[] = [];
    for (const h of hits) {
      const last = merged[merged.length - 1];
      if (last && (h.offset <= last.endOffset || /^[ \t\-–—:;,.|/()[\]]{0,6}$/u.test(prose.slice(last.endOffset, h.offset)))) {
        last.endOffset = Math.max(last.endOffset, h.endOffset);
        last.weak &&= h.weak;
        last.embargo ??= h.embargo;
        last.note &&= h.note;
        continue;
      }
      merged.push({ ...h });
    }

    for (const h of merged) {
      if (h.weak) continue;
      const phrase = ctx.doc.text.slice(h.offset, h.endOffset);
      let message: string;
      if (h.embargo) {
        message = `"${phrase}" is an embargo line: remove it, and do not publish before the embargo lifts.`;
        const stamp = parseEmbargoTime(h.embargo, ctx.settings.locale === 'en-US');
        const publishAt = ctx.meta.publishAt;
        if (stamp && publishAt) {
          const when = compareSchedule(publishAt, stamp);
          if (when === 'before') message = `"${phrase}": this post is scheduled for ${publishAt}, before the embargo lifts. Reschedule it, and remove the embargo line.`;
          else if (when === 'same-day') message = `"${phrase}": this post is scheduled for ${publishAt}, the day the embargo lifts: check it goes out after the embargo time, and remove the embargo line.`;
          else if (when === 'after') message = `"${phrase}" is an embargo line: the post is scheduled after the embargo lifts (${publishAt}), but the line itself must be removed before publishing.`;
        }
      } else if (h.note) {
        message = `"${phrase}" is a note to colleagues left in the draft: remove it, and check that what it holds back is not in the post.`;
      } else {
        message = `"${phrase}" marks internal or unreleased material: it must not appear in a public post. Remove it, and check the content is cleared for release.`;
      }
      ctx.report({ offset: h.offset, endOffset: h.endOffset, message });
    }
  },
});
