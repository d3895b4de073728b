// confidentiality/protective-marking: security classifications and handling markings written AS
// MARKINGS — a banner line, capitals, or marking syntax (`[SEC=…]`, `CUI//…`, `(U//FOUO)`,
// "Classification: …") — from the UK GSCP, the Australian PSPF, US CUI and national security
// classifications, Canada's Protected/Classified levels and the NZ PSR. Ordinary words are never
// markings: "a protected species", "the secret to", "confidential waste bins", "classified ads",
// "OUR SECRET RECIPE" (capitals, but not a banner).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';

type Level = 'error' | 'warning';

interface Hit {
  offset: number;
  endOffset: number;
  level: Level;
}

// --- Banner lines: a line made only of marking vocabulary, in capitals. -------------------------------
// Levels that make a banner a marking on their own.
const BANNER_LEVELS =
  'TOP[ -]SECRET|SECRET|CONFIDENTIAL|RESTRICTED|PROTECTED(?:[ -][ABC])?|PROTÉGÉ(?:[ -][ABC])?|OFFICIAL[ ]?[-–:][ ]?SENSITIVE|OFFICIAL SENSITIVE|SENSITIVE|CLASSIFIED|(?:[A-Z]{2,12}[ -])?IN[ -]CONFIDENCE|BUDGET SENSITIVE|LAW ENFORCEMENT SENSITIVE|SENSITIVE BUT UNCLASSIFIED|CUI|CONTROLLED UNCLASSIFIED INFORMATION|FOR OFFICIAL USE ONLY|FOUO|OFFICIAL|UNCLASSIFIED|CONTROLLED';
// Caveats, dissemination controls and handling phrases that may follow a level on a banner.
const BANNER_QUALIFIERS =
  '(?:(?:UK|AUS|AUST|US|USA|CAN|NZ|NZL|GBR|FVEY) )?EYES ONLY|AUSTEO|AGAO|NOFORN|NOCONTRACT|ORCON|PROPIN|IMCON|RELIDO|FISA|FVEY|REL TO(?: [A-Z]{2,4},?){1,12}|STRAP ?[123]|SCI|SI|TK|HCS|NATIONAL CABINET|CABINET|NATIONAL SECURITY|PERSONAL PRIVACY|PERSONAL|COMMERCIAL|LEGAL PRIVILEGE|LEGISLATIVE SECRECY|LEGAL|MEDICAL|STAFF|POLICY|MANAGEMENT|APPOINTMENTS|HONOURS|SP-[A-Z]{2,12}|[A-Z]{3,8}(?=/)|NOT FOR PUBLICATION|NOT FOR CIRCULATION|NOT FOR RELEASE|DO NOT (?:FORWARD|DISTRIBUTE|CIRCULATE|COPY)|(?:FOR )?INTERNAL (?:USE )?ONLY|DRAFT|SENSITIVE';
const BANNER_TOKEN = new RegExp(`(?<![A-Z])(?:${BANNER_LEVELS}|${BANNER_QUALIFIERS})(?![A-Z])`, 'g');
const BANNER_LEVEL = new RegExp(`^(?:${BANNER_LEVELS})$`);
// Marking words in capitals, tested once per draft. A banner needs a level, and every level contains one
// of the first eleven (TOP SECRET → SECRET, IN CONFIDENCE → CONFIDEN, UNCLASSIFIED → CLASSIFIED, BUDGET
// SENSITIVE → SENSITIVE, …); the rest are the caveat words and EYES ONLY, so the inline keys for
// capitals-only literals are all implied by it too (`capitals` below). Without one, no line is a banner.
const MARKING_CAPITALS = /SECRET|CONFIDEN|RESTRICTED|PROTECTED|PROTÉGÉ|SENSITIVE|CLASSIFIED|CUI|OFFICIAL|FOUO|CONTROLLED|NOFORN|AUSTEO|AGAO|ORCON|NOCONTRACT|PROPIN|EYES ONLY/;
// What may separate tokens on a banner: spaces, slashes, dashes, colons, brackets, decoration.
const BANNER_SEPARATORS = /^[\s/\\\-–—:;,.=*_|[\]()•~#]*$/u;
// Levels too routine to be an error alone: OFFICIAL is most public-sector information; UNCLASSIFIED
// and CONTROLLED alone are not markings that stop publication.
const ROUTINE = new Set(['OFFICIAL', 'UNCLASSIFIED', 'CONTROLLED']);

// --- Markings recognised anywhere by their syntax. -----------------------------------------------------
const CAVEAT_TAIL = '(?:[ ]?[-–:][ ]?(?:PERSONAL|COMMERCIAL|LEGAL|LOCSEN|CABINET|NATIONAL CABINET|MEDICAL|STAFF|POLICY)(?![A-Za-z]))?';
// `mixedCase`: capitals that are also ordinary words ("PROTECTED A", "BUDGET SENSITIVE") count as a marking
// only inside mixed-case text; on an all-capitals line they are shouting unless the line is a banner.
// Necessary conditions for the inline patterns (a literal or sub-pattern every match contains, with the
// pattern's own case folding): a pattern whose key is absent is not run (most drafts have none). A literal
// starts with a rare character where it can (a capital, '-', '(', '='), as the string search skips ahead
// on its first character: "-confidence" rather than "n-confidence", "EYES ONLY" rather than " EYES ONLY".
const OFFICIAL_SENSITIVE_I = /official[-‐‑–—]sensitive/iu;
const CAVEAT_WORD = /NOFORN|FOUO|AUSTEO|AGAO|ORCON|NOCONTRACT|PROPIN/u;
const IN_CONFIDENCE_I = /in[- ]confidence/iu;
const CLASSIFICATION_I = /classification|marking|caveat/iu;

// `capitals` is MARKING_CAPITALS.test(prose): a key whose literal contains one of those words checks it first.
const INLINE: ReadonlyArray<{
  re: RegExp;
  level?: (m: RegExpMatchArray) => Level | undefined;
  mixedCase?: boolean;
  key?: (prose: string, capitals: boolean) => boolean;
}> = [
  // UK GSCP: OFFICIAL-SENSITIVE (any case when hyphenated: "Official-Sensitive" is never ordinary prose).
  { re: new RegExp(`(?<![\\p{L}])OFFICIAL[-‐‑–—]SENSITIVE${CAVEAT_TAIL}(?![\\p{L}])`, 'giu'), key: (p) => OFFICIAL_SENSITIVE_I.test(p) },
  { re: new RegExp(`(?<![\\p{L}])OFFICIAL SENSITIVE${CAVEAT_TAIL}(?![\\p{L}])`, 'gu'), mixedCase: true, key: (p, caps) => caps && p.includes('OFFICIAL SENSITIVE') },
  // AU PSPF: OFFICIAL: Sensitive.
  { re: /(?<![\p{L}])OFFICIAL: ?(?:Sensitive|SENSITIVE)(?![\p{L}])/gu, key: (p, caps) => caps && p.includes('OFFICIAL:') },
  // AU email protective marking and legacy DLM: [SEC=PROTECTED], [SEC=OFFICIAL:Sensitive, CAVEAT=SH:CABINET], [DLM=For-Official-Use-Only].
  {
    re: /\[(?:SEC|DLM)=[^\]\n]{1,120}\]/gi,
    key: (p) => p.includes('='),
    level: (m) => (/^\[SEC=UNOFFICIAL\]$/i.test(m[0]) ? undefined : /^\[SEC=OFFICIAL\]$/i.test(m[0]) ? 'warning' : 'error'),
  },
  // US: level or portion mark followed by dissemination controls: SECRET//NOFORN, CUI//SP-PRVCY, (U//FOUO).
  { re: /(?<![A-Za-z])(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|CUI|CONTROLLED|RESTRICTED|PROTECTED|OFFICIAL(?:-SENSITIVE)?)\/\/[A-Z0-9][A-Z0-9-]{0,20}(?:(?:\/{1,2}|, ?| )[A-Z0-9][A-Z0-9-]{0,20}){0,12}/g, key: (p, caps) => caps && p.includes('//') },
  { re: /\((?:TS|S|C|U|CUI)\/\/[A-Z0-9][A-Z0-9/ ,-]{0,60}\)/g, key: (p) => p.includes('//') },
  // "(CUI)" alone is a portion mark only where a paragraph starts; elsewhere it expands an acronym.
  { re: /^[ \t]*\((?:CUI|TS)\)(?=[ \t]+\S)/gm, key: (p) => p.includes('(CUI)') || p.includes('(TS)') },
  { re: /(?<![A-Za-z/])\/\/(?:NOFORN|ORCON|PROPIN|NOCONTRACT|IMCON|RELIDO|FISA|FOUO|REL TO(?: [A-Z]{2,4},?){1,12}|SP-[A-Z]{2,12})(?![A-Za-z])/g, key: (p) => p.includes('//') },
  // Dissemination controls and legacy markings that are never ordinary words.
  { re: /(?<![\p{L}\/])(?:NOFORN|FOUO|AUSTEO|AGAO|ORCON|NOCONTRACT|PROPIN)(?![\p{L}])/gu, key: (p, caps) => caps && CAVEAT_WORD.test(p) },
  { re: /(?<![\p{L}])(?:UK|AUS|AUST|US|USA|CAN|NZ|NZL|GBR|FVEY) EYES ONLY(?![\p{L}])/gu, key: (p, caps) => caps && p.includes('EYES ONLY') },
  { re: /(?<![\p{L}])(?:FOR OFFICIAL USE ONLY|For Official Use Only)(?![\p{L}])/gu, key: (p, caps) => (caps && p.includes('FOR OFFICIAL USE ONLY')) || p.includes('For Official Use Only') },
  // Canada: Protected A/B/C (Protégé A/B/C).
  // In capitals anywhere; in title case only as a label ("Protected B" describing a service's
  // certification level in running prose is not a marking).
  { re: /(?<![\p{L}])(?:PROTECTED|PROTÉGÉ) ?[ABC](?![\p{L}\p{N}\-'’])/gu, mixedCase: true, key: (p, caps) => caps && (p.includes('PROTECTED') || p.includes('PROTÉGÉ')) },
  { re: /(?:^[ \t]*|[[(][ \t]?)(?:Protected|Protégé) [ABC](?=[ \t]*(?:$|[\])]|:|\/\/|[-–—][ \t]))/gmu, key: (p) => p.includes('Protected ') || p.includes('Protégé ') },
  // NZ PSR and AU legacy: IN-CONFIDENCE and its endorsements; "Commercial-in-Confidence".
  { re: /(?<![\p{L}])(?:[A-Z]{2,12}-)?IN-CONFIDENCE(?![\p{L}])/gu, key: (p, caps) => caps && p.includes('IN-CONFIDENCE') },
  { re: /(?<![\p{L}])(?:[A-Za-z]{2,12}-)?[Ii]n-[Cc]onfidence(?![\p{L}])/gu, key: (p) => p.includes('-confidence') || p.includes('-Confidence') },
  { re: /(?<![\p{L}])(?:commercial|cabinet|medical|staff|policy|management|evaluation)[- ]in[- ]confidence(?![\p{L}])/giu, key: (p) => IN_CONFIDENCE_I.test(p) },
  { re: /(?<![\p{L}])BUDGET SENSITIVE(?![\p{L}])/gu, mixedCase: true, key: (p, caps) => caps && p.includes('BUDGET SENSITIVE') },
  // US handling markings older than CUI and still used by police: Law Enforcement Sensitive (LES) and
  // Sensitive But Unclassified (SBU), in title case or capitals ("CUI – Law Enforcement Sensitive"); in
  // lower case it is a description ("law enforcement sensitive details"), not a marking.
  {
    re: /(?<![\p{L}])(?:Law Enforcement Sensitive|LAW ENFORCEMENT SENSITIVE|Sensitive But Unclassified|Sensitive but Unclassified|SENSITIVE BUT UNCLASSIFIED)(?:[ ]?\((?:LES|SBU)\))?(?![\p{L}])|(?<![\p{L}])(?:U\/\/)?(?:LES|SBU)\/\/[A-Z]/gu,
    key: (p) => /Enforcement Sensitive|ENFORCEMENT SENSITIVE|[Bb]ut [Uu]nclassified|BUT UNCLASSIFIED|\((?:U\/\/)?(?:LES|SBU)\)|(?:LES|SBU)\/\//.test(p),
  },
  // "(LES)" and "(SBU)" alone are portion marks only where a paragraph starts (elsewhere an acronym).
  { re: /^[ \t]*\((?:U\/\/)?(?:LES|SBU)\)(?=[ \t]+\S)/gm, key: (p) => p.includes('LES)') || p.includes('SBU)') },
  // AU legacy dissemination limiting markers: Sensitive: Personal / Legal / Cabinet.
  { re: /(?<![\p{L}])(?:Sensitive|SENSITIVE): ?(?:Personal|Legal|Cabinet|PERSONAL|LEGAL|CABINET)(?![\p{L}])/gu, key: (p, caps) => p.includes('Sensitive:') || (caps && p.includes('SENSITIVE:')) },
  // A labelled classification: "Classification: Official-Sensitive", "Security classification: PROTECTED".
  {
    key: (p) => CLASSIFICATION_I.test(p),
    re: /(?<![\p{L}])(?:(?:security|protective|information)\s)?(?:classification|marking|protective marking|security marking|caveat)(?:\s(?:level|marking))?\s?[:=–-]\s?(?:top[ -]secret|secret|confidential|restricted|protected(?: [abc])?|official[ -:–]{1,3}sensitive|sensitive|in-confidence|classified|cui|fouo)(?![\p{L}])/giu,
  },
  // CONFIDENTIAL opening a line as a label: "CONFIDENTIAL: not for the press". ("TOP SECRET: our best
  // walks" is marketing, so the other levels count only as whole banner lines.)
  { re: /^[ \t]*CONFIDENTIAL(?=[ \t]*(?::|[-–—|][ \t]|\/\/))/gmu, key: (p, caps) => caps && p.includes('CONFIDENTIAL') },
];

export default defineRule({
  id: 'confidentiality/protective-marking',
  category: 'confidentiality',
  description: 'Protective markings and security classifications written as markings (banner lines, capitals, [SEC=…], CUI//…): UK, AU, US, CA and NZ.',
  docs: {
    rationale:
      'A protective marking means the text came from a classified or sensitive document and has not been approved for public release. Publishing it breaches the classification policy even when the content looks harmless.',
    flagged: ['OFFICIAL-SENSITIVE', '[SEC=PROTECTED]', 'CUI//SP-PRVCY', 'SECRET//NOFORN', 'PROTECTED B', 'IN-CONFIDENCE'],
    clean: ['Protected species like great crested newts live in our ponds.', 'The secret to a great compost heap? Mix greens and browns.', 'Use the confidential waste bins at the library.', 'OUR SECRET RECIPE FOR A TIDY PARK'],
  },
  defaultSeverity: 'error',
  topics: ['protective-marking'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const hits: Hit[] = [];

    // Banner lines.
    const capitals = MARKING_CAPITALS.test(prose);
    let lineStart = capitals ? bodyOffset : prose.length + 1;
    while (lineStart <= prose.length) {
      let lineEnd = prose.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = prose.length;
      const line = prose.slice(lineStart, lineEnd);
      const banner = bannerOf(line);
      if (banner) hits.push({ offset: lineStart + banner.start, endOffset: lineStart + banner.end, level: banner.level });
      lineStart = lineEnd + 1;
    }

    for (const { re, level, mixedCase, key } of INLINE) {
      if (key && !key(prose, capitals)) continue;
      re.lastIndex = 0;
      for (const m of prose.matchAll(re)) {
        if (m.index < bodyOffset) continue;
        if (mixedCase && !/\p{Ll}/u.test(lineAround(prose, m.index))) continue;
        if (isMention(prose, m.index, m.index + m[0].length)) continue;
        const l = level ? level(m) : 'error';
        if (!l) continue;
        const text = m[0].replace(/(?<![\s,/-])[\s,/-]+$/u, '');
        const start = m.index + (m[0].length - m[0].trimStart().length);
        hits.push({ offset: start, endOffset: m.index + text.length, level: l });
      }
    }

    hits.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.offset < lastEnd) continue;
      lastEnd = h.endOffset;
      const marking = ctx.doc.text.slice(h.offset, h.endOffset);
      ctx.report({
        offset: h.offset,
        endOffset: h.endOffset,
        message:
          h.level === 'warning'
            ? `"${marking}" is a protective marking: material marked OFFICIAL has not necessarily been approved for public release. Remove the marking and confirm the content is cleared for publication.`
            : `"${marking}" is a protective marking${scheme(marking)}: marked material must not be published. Remove it only if the content has been formally approved for public release.`,
        ...(h.level === 'warning' && ctx.severity === 'error' ? { severity: 'warning' as const } : {}),
      });
    }
  },
});

// A marking named in running text ("levels such as IN-CONFIDENCE", 'documents marked "SECRET"') is
// talked about, not applied.
const MENTION_BEFORE = /(?:such as|including|includes|like|e\.g\.|eg|called|named|labelled|labeled|marked|about)[ \t]*["“‘']?$/iu;
function isMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (MENTION_BEFORE.test(before) && /\p{Ll}/u.test(lineAround(text, start))) return true;
  return /["“‘']$/u.test(before) && /^["”’']/u.test(text.slice(end, end + 1));
}

function lineAround(text: string, offset: number): string {
  const s = text.lastIndexOf('\n', offset) + 1;
  const e = text.indexOf('\n', offset);
  return text.slice(s, e === -1 ? text.length : e);
}

/** The banner span of a line, when the whole line is a marking in capitals. */
function bannerOf(line: string): { start: number; end: number; level: Level } | undefined {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 120 || /\p{Ll}/u.test(trimmed) || !/[A-Z]/.test(trimmed)) return undefined;
  const levels: string[] = [];
  BANNER_TOKEN.lastIndex = 0;
  const rest = trimmed.replace(BANNER_TOKEN, (t) => {
    if (BANNER_LEVEL.test(t)) levels.push(t);
    return ' ';
  });
  if (levels.length === 0 || !BANNER_SEPARATORS.test(rest)) return undefined;
  // UNCLASSIFIED or CONTROLLED alone (no caveat) is not a bar to publication; OFFICIAL alone is a warning.
  const tokens = trimmed.match(BANNER_TOKEN) ?? [];
  const routineOnly = levels.every((l) => ROUTINE.has(l));
  if (routineOnly && tokens.length === levels.length) {
    if (levels.every((l) => l === 'OFFICIAL')) return span(line, 'warning');
    return undefined;
  }
  if (routineOnly && tokens.every((t) => ROUTINE.has(t) || /^(?:DRAFT|NOT FOR |DO NOT |(?:FOR )?INTERNAL )/.test(t))) return undefined;
  return span(line, 'error');
}

function span(line: string, level: Level): { start: number; end: number; level: Level } {
  const start = line.length - line.trimStart().length;
  let end = line.trimEnd().length;
  // Decoration around a banner ("*** SECRET ***", "=== OFFICIAL ===") is not part of the marking.
  let s = start;
  while (s < end && /[*=_~#•|\-–—[\]() ]/u.test(line[s]!) && !/[A-Z]/.test(line[s]!)) s++;
  while (end > s && /[*=_~#•|\-–—:[\]() ]/u.test(line[end - 1]!)) end--;
  if (line[s - 1] === '[' && line[end] === ']') {
    s--;
    end++;
  }
  return { start: s, end, level };
}

function scheme(marking: string): string {
  if (/\[(?:SEC|DLM)=|OFFICIAL: ?Sensitive|Sensitive: |AUSTEO|AGAO|CABINET/i.test(marking)) return ' (Australian PSPF)';
  if (/CUI|NOFORN|FOUO|OFFICIAL USE ONLY|\/\/|ORCON|PROPIN|NOCONTRACT/i.test(marking)) return ' (US classification or CUI)';
  if (/Protected ?[ABC]$|Protégé/i.test(marking)) return ' (Government of Canada)';
  if (/OFFICIAL[-‐‑–—]SENSITIVE|OFFICIAL SENSITIVE|EYES ONLY/i.test(marking)) return ' (UK Government Security Classifications)';
  if (/IN-CONFIDENCE|BUDGET SENSITIVE/.test(marking)) return ' (NZ Protective Security Requirements)';
  return '';
}
