// The language seam's public types: a language pack (one folder under src/lang/) and a language span
// (a stretch of a draft in one language). Browser-safe: data only.

/** The languages commslint has a pack for (ISO 639-1). Add a folder and one registry line to add one. */
export const LANGS = ['en', 'cy', 'fr', 'ga', 'mi'] as const;
export type Lang = (typeof LANGS)[number];

/** Where a span's language came from: the identifier, the frontmatter `lang`, or a `commslint-lang` directive. */
export type LangSource = 'detected' | 'frontmatter' | 'directive';

/**
 * A stretch of the draft in one language. `start`/`end` are 0-based UTF-16 offsets into the draft text as
 * `Document.text` holds it (frontmatter and BOM included), `end` exclusive. Spans cover the draft's prose
 * blocks (paragraphs, headings, table cells), cut at sentence boundaries where a block mixes languages;
 * they are sorted, never overlap, and leave out frontmatter, code and the blank lines between blocks.
 */
export interface LangSpan {
  readonly start: number;
  readonly end: number;
  readonly lang: Lang;
  /**
   * 0–1: the share of the identification evidence (function words, frequent words, letters) that points
   * to `lang`; 0 when the block had none (its language is taken from the next block, else the one before,
   * else the fallback); 1 for overrides, and for every span of a draft with no evidence for any other
   * candidate language at all (identification is skipped).
   */
  readonly confidence: number;
  readonly source: LangSource;
}

/**
 * A language's data. Word lists are lower-case, NFC, with the curly apostrophe written straight.
 * `stopwords` drive identification, so they must be words another supported language does not also use
 * commonly (leave out "a", "i", "o", "in", "on" …); `evidence` are frequent content words (greetings,
 * thanks) that also count; `loanwords` are this language's words that appear inside English posts
 * ("kia ora", "diolch", "merci"): never spelling, acronym or jargon findings of an English rule.
 */
export interface LanguagePack {
  readonly code: Lang;
  /** English name, for messages. */
  readonly name: string;
  /** The name in the language itself. */
  readonly endonym: string;
  /** Locale given to `Intl.Segmenter` for this language's text. */
  readonly segmenterLocale: string;
  readonly stopwords: readonly string[];
  readonly evidence: readonly string[];
  readonly loanwords: readonly string[];
  /** Letters (lower-case) that, inside a word, point to this language (ŵ ŷ for Welsh, macron vowels for Māori). */
  readonly letters: string;
  /**
   * Named word lists the language's checks read (e.g. `profanity`, `aiDisclosure`, `chatbotLeftovers`,
   * `personalDataLabels`): data only, owned by the check that reads it. Absent key: no data for that check.
   */
  readonly wordLists: Readonly<Record<string, readonly string[]>>;
}
