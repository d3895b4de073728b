// Public types shared by the engine, rules, formatters and integrations.

export const CATEGORIES = [
  'tone',
  'language',
  'confidentiality',
  'personal-data',
  'ai-disclosure',
  'accessibility',
  'platform',
  'impartiality',
  'legal',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ReportSeverity = Exclude<Severity, 'off'>;

export const PLATFORMS = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'tumblr',
  'snapchat',
  'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Language and region: the region gives the jurisdiction, phone region and policy pack; the language is
 * the draft's main language (word rules follow the language of each stretch of text, see src/lang/).
 */
export const LOCALES = ['en-GB', 'en-AU', 'en-US', 'en-CA', 'en-NZ', 'en-IE', 'cy-GB', 'fr-CA', 'mi-NZ', 'ga-IE'] as const;
export type Locale = (typeof LOCALES)[number];

export const JURISDICTIONS = ['uk', 'au', 'us', 'ca', 'nz', 'eu'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export { LANGS, type Lang, type LangSpan, type LangSource } from './lang/types.js';

export interface Citation {
  policy: string;
  title: string;
  section?: string;
  url?: string;
  summary?: string;
}

/** A replacement of `text[offset, endOffset)` by `text`. Offsets are UTF-16 offsets into the original draft. */
export interface TextEdit {
  offset: number;
  endOffset: number;
  text: string;
}

export interface Suggestion {
  message: string;
  fix?: TextEdit;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: ReportSeverity;
  message: string;
  /** 1-based line and column (UTF-16 code units) of the start. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offsets into the original text. */
  offset: number;
  endOffset: number;
  /** The flagged text; masked when it is personal data or a secret. */
  excerpt?: string;
  citations: Citation[];
  suggestions?: Suggestion[];
  fix?: TextEdit;
  /** True when the flagged text is personal data or a secret (and so masked). */
  sensitive?: boolean;
  /** Post number (1-based) within a thread. */
  post?: number;
}

export interface SuppressedFinding extends Finding {
  /** The reason given after `--` in the directive that suppressed it, if any. */
  reason?: string;
}

export interface AiMeta {
  used?: boolean;
  tools?: string[];
  role?: 'drafted' | 'edited' | 'translated' | 'generated' | 'image' | 'none';
  reviewedBy?: string;
}

export interface MediaMeta {
  file?: string;
  alt?: string;
  aiGenerated?: boolean;
  type?: 'image' | 'video' | 'audio';
  captions?: boolean;
}

/** The draft's frontmatter after validation (unknown keys are kept in `extra`). */
export interface DraftMeta {
  platform?: Platform;
  account?: string;
  publishAt?: string;
  replyTo?: string | true;
  thread?: boolean;
  /** The main language tag (the first, when the frontmatter gives a list). */
  lang?: string;
  /** Every tag of a bilingual draft's `lang: [cy, en-GB]` list, main language first. */
  langs?: string[];
  ai?: AiMeta;
  media?: MediaMeta[];
  [key: string]: unknown;
}

export interface LintResult {
  path?: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Count of findings that carry a safe automatic fix. */
  fixableCount: number;
  /** Findings silenced by inline directives, with the directive's reason. */
  suppressed: SuppressedFinding[];
  /** The effective metadata: platform and language resolved, frontmatter merged with `meta`. */
  meta: DraftMeta & { platform: Platform; lang: string };
  /** Set instead of findings when the file could not be linted. */
  error?: string;
}
