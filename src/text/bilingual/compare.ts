// Compares the facts of two language versions of one message. Translations legitimately differ (a
// number written as a word in one, a translated hashtag, a Welsh-language URL), so a difference is a
// mismatch only when it is clearly the same slot: after the facts present in both are set aside, the
// versions have the same number of left-over facts of that kind, paired in text order, and for the
// identifier kinds (phone, URL, e-mail, hashtag, @mention) the two values are near-identical.
import type { Fact, FactKind } from './facts.js';

export interface Mismatch {
  kind: FactKind;
  /** The fact in the version being checked (the non-English one). */
  fact: Fact;
  /** The corresponding fact in the other version. */
  other: Fact;
}

// Kinds whose values are identifiers: two different values correspond only when they are one or two
// keystrokes apart (a typo or a changed digit), never when they are two different names.
const IDENTIFIER_KINDS: ReadonlySet<FactKind> = new Set(['phone', 'url', 'email', 'hashtag', 'mention']);
// Kinds compared only when both versions have the same number of them in total.
const SAME_TOTAL_KINDS: ReadonlySet<FactKind> = new Set(['phone', 'url', 'email', 'hashtag', 'mention', 'number']);
const KINDS: readonly FactKind[] = ['time', 'date', 'weekday', 'price', 'phone', 'url', 'email', 'hashtag', 'mention', 'number'];

/** The same fact written two ways. */
export function sameFact(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'time':
      if (a.minutes === b.minutes) return true;
      // A time whose half of the day is not stated matches either half ("o 9 tan 5" and "9am to 5pm").
      return Boolean(a.ambiguous || b.ambiguous) && a.minutes! % 720 === b.minutes! % 720;
    case 'date':
      return a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);
    case 'price': {
      // A price without a currency ("50c") matches the same amount in any currency.
      const [ca, va] = a.key.split(':');
      const [cb, vb] = b.key.split(':');
      return va === vb && (ca === cb || ca === '' || cb === '');
    }
    case 'url':
      return a.key === b.key || stripLanguage(a.key) === stripLanguage(b.key);
    default:
      return a.key === b.key;
  }
}

// Language parts of a URL ("/cy/", "/fr/", "?lang=cy", "/en-gb/"), which differ between the versions by design.
function stripLanguage(url: string): string {
  return url
    .replace(/\/(?:cy|en|fr|ga|mi|gd|en-gb|en-ca|fr-ca|cy-gb|en-ie|ga-ie|en-nz|mi-nz)(?=\/|$)/gi, '')
    .replace(/[?&](?:lang|locale|hl)=[a-z-]+/gi, '');
}

/** Levenshtein distance, stopping once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Length of the longest run of characters two strings share. */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best) best = cur[j]!;
      }
    }
    prev = cur;
  }
  return best;
}

/** Two different identifiers that are clearly the same one mistyped or changed (not a translation). */
function correspond(a: Fact, b: Fact): boolean {
  if (!IDENTIFIER_KINDS.has(a.kind)) return true;
  const x = a.kind === 'url' ? stripLanguage(a.key) : a.key;
  const y = b.kind === 'url' ? stripLanguage(b.key) : b.key;
  if (x === y) return false;
  if (a.kind === 'phone') {
    const dx = x.replace(/\D/g, '');
    const dy = y.replace(/\D/g, '');
    return dx.length === dy.length && editDistance(dx, dy, 2) <= 2;
  }
  // The same text with different digits (#Eisteddfod2026 / #Eisteddfod2025, /bins-2026 / /bins-2025).
  const letters = (s: string): string => s.replace(/\d+/g, '0');
  if (/\d/.test(x) && letters(x) === letters(y)) return true;
  // Short values are too easily different words; longer ones one or two keystrokes apart.
  if (Math.min(x.length, y.length) >= 8 && editDistance(x, y, 2) <= 2) return true;
  // An account or tag sharing most of its name (@WgtnCityVolunteers / @WellyCityVolunteers) is the same
  // one misspelt; a translated one (@VilleOttawa / @CityofOttawa, #Caerdydd / #Cardiff) shares little.
  if (a.kind === 'mention' || a.kind === 'hashtag') {
    const common = longestCommonSubstring(x, y);
    return common >= 8 && common / Math.max(x.length, y.length) >= 0.6;
  }
  return false;
}

/**
 * The facts of `mine` (the version checked) that contradict `theirs` (the other version), each with the
 * fact it contradicts. Facts in only one version are never reported: a translation may leave a detail out.
 */
export function compareFacts(mine: readonly Fact[], theirs: readonly Fact[]): Mismatch[] {
  const out: Mismatch[] = [];
  const leftMine = new Map<FactKind, Fact[]>();
  const leftTheirs = new Map<FactKind, Fact[]>();
  for (const kind of KINDS) {
    const a = mine.filter((f) => f.kind === kind);
    const b = theirs.filter((f) => f.kind === kind);
    const used = new Set<Fact>();
    const restA: Fact[] = [];
    for (const f of a) {
      const hit = b.find((g) => !used.has(g) && sameFact(f, g));
      if (hit) used.add(hit);
      else restA.push(f);
    }
    leftMine.set(kind, restA);
    leftTheirs.set(
      kind,
      b.filter((g) => !used.has(g)),
    );
    if (SAME_TOTAL_KINDS.has(kind) && a.length !== b.length) {
      leftMine.set(kind, []);
      leftTheirs.set(kind, []);
    }
  }
  // A bare hour in one version ("o 5 i 11 oed": read as a clock range) and the same plain number in the
  // other ("aged 5 to 11") are the same fact.
  cancelAcross(leftMine, leftTheirs);
  cancelAcross(leftTheirs, leftMine);
  for (const kind of KINDS) {
    const a = leftMine.get(kind)!;
    const b = leftTheirs.get(kind)!;
    if (a.length === 0 || a.length !== b.length) continue;
    for (let i = 0; i < a.length; i++) {
      if (correspond(a[i]!, b[i]!)) out.push({ kind, fact: a[i]!, other: b[i]! });
    }
  }
  return out.sort((x, y) => x.fact.offset - y.fact.offset);
}

function cancelAcross(times: Map<FactKind, Fact[]>, numbers: Map<FactKind, Fact[]>): void {
  const t = times.get('time')!;
  const n = numbers.get('number')!;
  for (const f of [...t]) {
    if (!f.ambiguous) continue;
    const i = n.findIndex((g) => Number(g.key) * 60 === f.minutes);
    if (i >= 0) {
      t.splice(t.indexOf(f), 1);
      n.splice(i, 1);
    }
  }
}
