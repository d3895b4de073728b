// The language registry: one line per language pack. Adding a language is a folder (src/lang/<code>/
// with index.ts and words.ts), its code in LANGS (./types.ts) and one line below.
//
// A locale is a language and a region (cy-GB, fr-CA, mi-NZ, ga-IE, en-*): jurisdiction, phone region and
// policy pack come from the region; word rules from the language of each stretch of text (see ./spans.ts).
import { LANGS, type Lang, type LangSpan, type LanguagePack } from './types.js';
import { pack as en } from './en/index.js';
import { pack as cy } from './cy/index.js';
import { pack as fr } from './fr/index.js';
import { pack as ga } from './ga/index.js';
import { pack as mi } from './mi/index.js';

export { LANGS, type Lang, type LangSpan, type LangSource, type LanguagePack } from './types.js';

export const LANGUAGE_PACKS: Readonly<Record<Lang, LanguagePack>> = {
  en,
  cy,
  fr,
  ga,
  mi,
};

/** The pack of a supported language code. */
export function packFor(lang: Lang): LanguagePack {
  return LANGUAGE_PACKS[lang];
}

/** The supported language of a BCP 47 tag (`cy-GB` → `cy`, `en` → `en`), or undefined (`de`, `x-foo`). */
export function langOfTag(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.split(/[-_]/, 1)[0]!.toLowerCase();
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/** The region subtag of a locale (`fr-CA` → `CA`), upper-case, or undefined. */
export function regionOfTag(tag: string): string | undefined {
  const region = tag.split(/[-_]/).find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p));
  return region?.toUpperCase();
}

/** The English locale of a locale's region (`cy-GB` → `en-GB`; `en-AU` stays): what English rules read. */
export function englishLocaleOf<L extends string>(locale: L): `en-${string}` | L {
  if (langOfTag(locale) === 'en') return locale;
  const region = regionOfTag(locale);
  return region ? `en-${region}` : locale;
}

/**
 * How a draft's language spans are found: `forced` (one language for the whole draft, from frontmatter
 * `lang: cy`), else identification among `candidates` (frontmatter `lang: [cy, en-GB]`, or every pack),
 * falling back to `fallback` (the first listed language, else the locale's) where the evidence is too thin.
 */
export interface LanguageHint {
  readonly forced?: Lang;
  readonly candidates: readonly Lang[];
  readonly fallback: Lang;
  /** Cache key. */
  readonly key: string;
}

/** The hint for a draft: its `lang` tags (frontmatter or caller meta, a list for bilingual drafts) and the config locale. */
export function languageHint(tags: readonly string[] | undefined, locale: string): LanguageHint {
  const langs = [...new Set((tags ?? []).map(langOfTag).filter((l): l is Lang => l !== undefined))];
  const fallback = langs[0] ?? langOfTag(locale) ?? 'en';
  if (langs.length === 1) return { forced: langs[0], candidates: langs, fallback, key: `=${langs[0]}` };
  const candidates = langs.length ? langs : LANGS;
  return { candidates, fallback, key: `${candidates.join(',')}>${fallback}` };
}

/** The spans of one language. */
export function spansOf(spans: readonly LangSpan[], lang: Lang): readonly LangSpan[] {
  return spans.filter((s) => s.lang === lang);
}

/** Index of the first span that ends after `offset` (spans are sorted and disjoint). */
function firstEndingAfter(spans: readonly LangSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span that contains `offset`, if any (frontmatter, code and blank lines lie in none). */
export function spanAt(spans: readonly LangSpan[], offset: number): LangSpan | undefined {
  const s = spans[firstEndingAfter(spans, offset)];
  return s && s.start <= offset ? s : undefined;
}

/**
 * The languages of the spans a range touches (a zero-length range: the span at its offset), in order,
 * without repeats; empty when it touches none (frontmatter, code, the gap between blocks).
 */
export function languagesOf(spans: readonly LangSpan[], range: { offset: number; endOffset: number }): Lang[] {
  const out: Lang[] = [];
  const end = Math.max(range.endOffset, range.offset + 1);
  for (let i = firstEndingAfter(spans, range.offset); i < spans.length && spans[i]!.start < end; i++) {
    const l = spans[i]!.lang;
    if (!out.includes(l)) out.push(l);
  }
  return out;
}

/** True when the range touches at least one span and every span it touches is in `lang`. */
export function inLanguage(spans: readonly LangSpan[], range: { offset: number; endOffset: number }, lang: Lang): boolean {
  const langs = languagesOf(spans, range);
  return langs.length > 0 && langs.every((l) => l === lang);
}
