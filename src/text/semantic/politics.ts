// Politics without a party name, by grammar over the lexicon's classes (./lexicons/politics.json):
// - `governmentVerdicts`: a verdict on the record or policy of the government of the day ("Their housing
//   targets are pure fantasy", "the Liberals … have delivered nothing"), or a burden it is said to leave
//   others with ("this Government leaving councils like ours to pick up the pieces"). The target is the
//   government named in the sentence, a party (the caller says where), or "their"/"its"/"they" when an
//   earlier sentence of the post named one. Reporting a decision ("the Government announced cuts of 3%")
//   holds no verdict word and is left alone.
// - `creditedPeople` (also a verdict of praise with no subject, "That's what steady leadership looks like",
//   after the member is named, and a promise said to be kept, "promised faster response. She delivered"):
//   credit or praise given to a councillor or candidate the post names ("Ailsa has
//   been a tireless champion for …", "Pádraig has fought for this playground", "We're lucky to have him
//   in our corner", "thanks to her hard work"): the person (a word of their name, or he/she/him/her after
//   they are named) is the subject of the credit or its object right after it; or the organisation's
//   approval of what they say ("Martin's pledge … is music to our ears"), with the person earlier in the sentence.
// The politics classes are grammar data, kept out of the classifier's lexicon (LEXICON_FILES): as features
// they would shift every family's hashed weights for no gain the tables do not already give.
import politics from './lexicons/politics.json' with { type: 'json' };
import negation from './lexicons/negation.json' with { type: 'json' };
import { Lexicon, type LexHit, type LexiconFile } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import type { ClauseMatch } from './clauses.js';

let shared: Lexicon | undefined;
/** The politics classes (and negation) as one lexicon. */
export function politicsLexicon(): Lexicon {
  return (shared ??= new Lexicon([politics, negation] as LexiconFile[]));
}

const has = (hits: readonly LexHit[], cls: string): boolean => hits.some((h) => h.cls === cls);
// ("That's" and "This is" point at what the party just said or did: "Leaflets from some Sinn Féin candidates
// … are claiming otherwise. That's simply untrue, and frankly it's the kind of scaremongering …".)
const PRONOUN_TARGET = new Set(['their', 'its', 'they', 'them', 'that', "that's", 'this']);
// Between a leave word and its burden: the ones left ("councils like ours", "us", "families across the county").
const BURDEN_GAP = 7;
const NEGATION_GAP = 3;

/** True when the sentence names the government of the day or points at a party (politics:government, politics:side). */
export function namesGovernment(lex: Lexicon, sentence: string): boolean {
  const hits = lex.match(tokenize(sentence));
  return has(hits, 'politics:government') || has(hits, 'politics:side');
}

/**
 * Verdicts on the government's or a party's record in one sentence (see the header). `partyAt`: token
 * ranges of party names the caller found in the sentence; `earlier`: an earlier sentence of the post named
 * the government or a party (so "their" and "they" point at it).
 */
export function governmentVerdicts(lex: Lexicon, sentence: string, partyAt: ReadonlyArray<[number, number]>, earlier: boolean): ClauseMatch[] {
  const tokens = tokenize(sentence);
  const hits = lex.match(tokens);
  const gov = hits.filter((h) => h.cls === 'politics:government' || h.cls === 'politics:side').map((h) => [h.start, h.end] as [number, number]);
  for (const [s, e] of partyAt) {
    const i = tokens.findIndex((t) => t.offset >= s && t.offset < e);
    if (i >= 0) gov.push([i, i + 1]);
  }
  // A pronoun points at the government only as the sentence's subject ("Their housing targets are …",
  // "They have delivered nothing"): "Residents told us their bins were a disgrace" is someone else's.
  const pronoun = earlier && tokens.length > 0 && PRONOUN_TARGET.has(tokens[0]!.norm) ? 0 : -1;
  if (gov.length === 0 && pronoun < 0) return [];
  const negs = hits.filter((h) => h.cls === 'negation');
  const negated = (h: LexHit): boolean => negs.some((n) => n.end <= h.start && h.start - n.end < NEGATION_GAP);
  const out: ClauseMatch[] = [];
  for (const h of hits) {
    let start: number;
    if (h.cls === 'politics:verdict') {
      if (negated(h)) continue;
      const target = gov.length ? gov[0]! : [pronoun, pronoun + 1];
      start = Math.min(target[0]!, h.start);
    } else if (h.cls === 'politics:burden') {
      // The government leaves the burden: its name (or "they") before a leave word, the burden after it.
      const leave = hits.find((l) => l.cls === 'politics:leave' && l.end <= h.start && h.start - l.end <= BURDEN_GAP);
      if (!leave) continue;
      const target = gov.find(([, e]) => e <= leave.start) ?? (pronoun >= 0 && pronoun < leave.start ? [pronoun, pronoun + 1] : undefined);
      if (!target) continue;
      start = target[0]!;
    } else continue;
    out.push({ start: tokens[start]!.offset, end: tokens[h.end - 1]!.endOffset, why: 'passes a verdict on the government or a party' });
  }
  return out;
}

// Words that may stand between the person and the credit they are given ("Ailsa has been a tireless
// champion", "Cllr Ó Sé, who has always championed …").
const SUBJECT_GAP = new Set(['has', 'have', 'had', 'been', 'is', 'was', 'a', 'an', 'the', 'always', 'really', 'truly', 'such', 'so', 'who', 's', 'also', 'just', 'genuinely', 'absolutely']);
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);

/**
 * Credit given to one of `people` (the words of the names of councillors and candidates the post names),
 * in a sentence of the post; `named`: one of them was named before this sentence (pronouns count).
 */
// Everyone, as the subject of a credit that a comparison gives to one person ("nobody has done more … than she has").
const NOBODY = new Set(['nobody', 'no-one', 'noone', 'none']);

export function creditedPeople(lex: Lexicon, sentence: string, people: ReadonlySet<string>, named: boolean, promised = false): ClauseMatch[] {
  const tokens = tokenize(sentence);
  // (A pronoun refers to the member when the post named them before it, in an earlier sentence or this one.)
  const firstName = tokens.findIndex((t) => people.has(t.raw.replace(/['’]s$/u, '')));
  const isRef = (t: Token | undefined): boolean => !!t && (people.has(t.raw.replace(/['’]s$/u, '')) || (PRONOUNS.has(t.norm) && (named || (firstName >= 0 && t.offset > tokens[firstName]!.offset))));
  const out: ClauseMatch[] = [];
  const hits = lex.match(tokens);
  // A promise in this sentence before "delivered" counts as one said earlier ("promised X, and she delivered").
  const promiseAt = hits.find((h) => h.cls === 'politics:promise')?.start ?? Infinity;
  for (const h of hits) {
    if (h.cls === 'politics:praise') {
      // A verdict of praise with no subject of its own ("That's what steady leadership looks like"): it
      // is about the member the post has named, in this sentence or before it.
      if (!named && !tokens.some(isRef)) continue;
      const negs = hits.some((n) => n.cls === 'negation' && n.end <= h.start && h.start - n.end < NEGATION_GAP);
      if (negs) continue;
      out.push({ start: tokens[h.start]!.offset, end: tokens[h.end - 1]!.endOffset, why: 'praises a councillor or candidate' });
      continue;
    }
    if (h.cls === 'politics:kept') {
      // "She delivered", "Whitcomb came through": the person right before it, after a promise of theirs.
      const prev = tokens[h.start - 1];
      if (!(promised || promiseAt < h.start) || !isRef(prev)) continue;
      out.push({ start: prev!.offset, end: tokens[h.end - 1]!.endOffset, why: 'credits a councillor or candidate' });
      continue;
    }
    if (h.cls === 'politics:credit') {
      // The person before the credit, with only auxiliaries and articles between …
      let i = h.start - 1;
      while (i >= 0 && SUBJECT_GAP.has(tokens[i]!.norm) && h.start - i <= 4) i--;
      const before = i >= 0 && isRef(tokens[i]) ? i : -1;
      // … or right after it ("lucky to have him", "a champion for her").
      // ("lucky to have Sheriff Whitcomb": a capitalised title may stand before the name.)
      const after = isRef(tokens[h.end]) ? h.end : /^\p{Lu}/u.test(tokens[h.end]?.raw ?? '') && isRef(tokens[h.end + 1]) ? h.end + 1 : -1;
      // … or inside it ("so grateful for her campaign to …").
      const inside = tokens.slice(h.start, h.end).some(isRef);
      // … or compared with everyone ("nobody has done more for health in this region than she has").
      const than = before < 0 && after < 0 && !inside ? tokens.findIndex((t, k) => k >= h.end && k - h.end < 12 && t.norm === 'than' && isRef(tokens[k + 1])) : -1;
      if (before < 0 && after < 0 && !inside && than < 0) continue;
      const subject = than >= 0 && i >= 0 && NOBODY.has(tokens[i]!.norm) ? i : -1;
      const s = before >= 0 ? before : subject >= 0 ? subject : h.start;
      const e = after >= 0 ? after + 1 : than >= 0 ? (tokens[than + 2]?.norm === 'has' || tokens[than + 2]?.norm === 'have' || tokens[than + 2]?.norm === 'did' ? than + 3 : than + 2) : h.end;
      out.push({ start: tokens[s]!.offset, end: tokens[e - 1]!.endOffset, why: 'credits a councillor or candidate' });
    } else if (h.cls === 'politics:approval') {
      // The organisation approving what the person says or pledges ("Martin's pledge to protect every
      // engine is music to our ears"): the person anywhere in the sentence, before the approval.
      const ref = tokens.findIndex((t, k) => k < h.start && isRef(t));
      if (ref < 0) continue;
      out.push({ start: tokens[ref]!.offset, end: tokens[h.end - 1]!.endOffset, why: 'approves what a councillor or candidate says' });
    } else if (h.cls === 'politics:work') {
      // "her hard work", "Cllr Byrne's dedication": the person's own effort, credited.
      const prev = tokens[h.start - 1];
      if (!prev || !(isRef(prev) && (prev.norm === 'his' || prev.norm === 'her' || /['’]s$/u.test(prev.raw)))) continue;
      out.push({ start: prev.offset, end: tokens[h.end - 1]!.endOffset, why: 'credits a councillor or candidate' });
    }
  }
  return out;
}

// ("Our candidate information evening", "our candidate handbook": the word names an event or a guide for
// anyone standing, not a person.)
export const CANDIDATE_SERVICE = String.raw`(?:information|info|briefing|briefings|handbook|handbooks|guide|guides|guidance|pack|packs|session|sessions|evening|evenings|event|events|forum|forums|nominations?|registration|training|workshops?|hub|page|pages|list|lists|portal|FAQs?|rules|support|webinar|drop-in|day|night)`;

// A reminder at the ballot box of who did what for the reader ("Come October, remember who put you here",
// "don't forget who was there for you"): a vote cue with no party named. Whole words, any case.
export const REMEMBER_WHO = String.raw`\b(?:remember|don['’]t[ \u00a0]+forget|never[ \u00a0]+forget)[ \u00a0]+who[ \u00a0]+(?:(?:really|actually|always|has|have|had)[ \u00a0]+)?(?:put|got|delivered|fought|stood[ \u00a0]+up|built|kept|gave|broke|cut|raised|made|brought|left|let|cared|turned[ \u00a0]+up|showed[ \u00a0]+up|was[ \u00a0]+there|were[ \u00a0]+there)(?:[ \u00a0]+(?:you|us|this|that|it|there|here|for[ \u00a0]+(?:you|us)))?\b`;
