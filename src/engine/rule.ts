// The rule contract, after ESLint's `meta`: a rule declares what it is, what it enforces and how it may
// be configured, and the declaration is checked when the rule is defined, so a bad rule fails at load.
import { z } from 'zod';
import { CATEGORIES, SEVERITIES, type Category, type ReportSeverity, type Suggestion, type TextEdit, type DraftMeta, type Platform } from '../types.js';
import type { Document, Post, Range } from './document.js';
import type { Settings } from '../config/settings.js';
import { TOPICS, type Topic } from '../policy/topics.js';
import type { LazyModule, LazyModuleName } from './lazy.js';
import { LANGS, type Lang, type LangSpan } from '../lang/types.js';

export interface ReportDescriptor {
  offset: number;
  endOffset: number;
  message: string;
  /** Overrides the configured severity for this finding (e.g. a sureness tier). Capped by `off`. */
  severity?: ReportSeverity;
  suggestions?: Suggestion[];
  fix?: TextEdit;
  /** The flagged text is personal data or a secret: mask it everywhere (defaults to the rule's `sensitive`). */
  sensitive?: boolean;
  /** Post number within a thread, when the finding concerns one post. */
  post?: number;
}

export interface RuleContext<Options = unknown> {
  readonly id: string;
  readonly doc: Document;
  readonly text: string;
  readonly options: Options;
  readonly settings: Settings;
  /** Frontmatter merged with the caller's `meta`, platform and language resolved. */
  readonly meta: DraftMeta & { platform: Platform; lang: string };
  /** The draft's posts (one unless `thread: true`). */
  readonly posts: Post[];
  /** The configured severity of this rule for this draft. */
  readonly severity: ReportSeverity;
  report(descriptor: ReportDescriptor): void;
  /** True when the range is covered by a `terms.allow` phrase (the engine drops such findings anyway). */
  isAllowed(range: Range): boolean;
  /**
   * A heavy module (e.g. `compromise`) if it is loaded; otherwise `undefined`, and the request is
   * recorded so that `lintAsync` loads it and lints again. Call it only after a cheap prefilter fired.
   */
  load<N extends LazyModuleName>(name: N): LazyModule<N> | undefined;
  /** The frontmatter range of a key path (e.g. `ai.tools`), or the start of the body when absent. */
  metaRange(key?: string): Range;
  /**
   * The draft's language spans (sorted, disjoint; offsets into `text`), computed once per draft from the
   * frontmatter `lang`, `commslint-lang` directives, identification and the config locale.
   */
  languageSpans(): readonly LangSpan[];
  /** The spans in one language. */
  spansOf(lang: Lang): readonly LangSpan[];
  /** True when the range touches at least one span and every span it touches is in `lang`. */
  inLanguage(range: Range, lang: Lang): boolean;
  /** The language of the span containing `offset` (undefined in frontmatter, code and between blocks). */
  languageAt(offset: number): Lang | undefined;
}

export interface RuleDocs {
  /** One or two sentences on why the rule exists. */
  rationale?: string;
  /** Drafts the rule flags and near-misses it leaves alone, shown by `--explain`. */
  flagged?: string[];
  clean?: string[];
  url?: string;
}

export interface RuleDefinition<Schema extends z.ZodType = z.ZodType> {
  id: string;
  category: Category;
  description: string;
  docs: RuleDocs;
  defaultSeverity: ReportSeverity;
  /** On in `commslint:recommended` (default true). Every rule is on in `commslint:strict`. */
  recommended?: boolean;
  /** Policy topics the rule enforces; citations are looked up by topic. */
  topics: Topic[];
  options?: Schema;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** Findings are personal data or secrets: always masked. */
  sensitive?: boolean;
  /**
   * Also run on the de-styled view of a draft that has fancy text (`𝟎𝟕𝟗𝟏𝟏` read as `07911`), with the
   * findings mapped back to the styled text (detectors of personal data and secrets).
   */
  destyled?: boolean;
  /**
   * The languages whose text the rule reads (`['en']` for rules built on English words or English
   * statistics). Omitted: every language (personal data, identifiers, secrets, markings, links, length,
   * emoji). The engine runs the rule only on spans in these languages and drops its findings elsewhere.
   */
  languages?: readonly Lang[];
  check(ctx: RuleContext<z.output<Schema>>): void;
}

export interface Rule<Options = unknown> {
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  readonly docs: RuleDocs;
  readonly defaultSeverity: ReportSeverity;
  readonly recommended: boolean;
  readonly topics: readonly Topic[];
  readonly fixable: boolean;
  readonly hasSuggestions: boolean;
  readonly sensitive: boolean;
  readonly destyled: boolean;
  /** Languages the rule reads; undefined: every language. */
  readonly languages?: readonly Lang[];
  /** Validates and defaults user options; throws a ZodError on bad options. */
  parseOptions(input: unknown): Options;
  check(ctx: RuleContext<Options>): void;
}

const metaSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are <category>/<kebab-name>'),
  category: z.enum(CATEGORIES),
  description: z.string().min(10),
  docs: z.strictObject({
    rationale: z.string().optional(),
    flagged: z.array(z.string()).optional(),
    clean: z.array(z.string()).optional(),
    url: z.string().optional(),
  }),
  defaultSeverity: z.enum(SEVERITIES.filter((s) => s !== 'off') as ['info', 'warning', 'error']),
  recommended: z.boolean().optional(),
  topics: z.array(z.enum(TOPICS)).min(1, 'a rule must enforce at least one policy topic'),
  options: z.custom<z.ZodType>((v) => v instanceof z.ZodType, 'options must be a zod schema').optional(),
  fixable: z.boolean().optional(),
  hasSuggestions: z.boolean().optional(),
  sensitive: z.boolean().optional(),
  destyled: z.boolean().optional(),
  languages: z.array(z.enum(LANGS)).min(1, 'list at least one language, or leave languages out for every language').optional(),
  check: z.custom<(ctx: unknown) => void>((v) => typeof v === 'function', 'check must be a function'),
});

/** Defines a rule. Throws at load when the metadata is incomplete or inconsistent. */
export function defineRule<Schema extends z.ZodType = z.ZodObject<Record<string, never>>>(definition: RuleDefinition<Schema>): Rule<z.output<Schema>> {
  const parsed = metaSchema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TypeError(`Invalid rule definition ${JSON.stringify(definition?.id)}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (!definition.id.startsWith(`${definition.category}/`)) {
    throw new TypeError(`Invalid rule definition "${definition.id}": id must start with its category "${definition.category}/"`);
  }
  const schema = definition.options;
  return Object.freeze({
    id: definition.id,
    category: definition.category,
    description: definition.description,
    docs: definition.docs,
    defaultSeverity: definition.defaultSeverity,
    recommended: definition.recommended ?? true,
    topics: Object.freeze([...definition.topics]),
    fixable: definition.fixable ?? false,
    hasSuggestions: definition.hasSuggestions ?? false,
    sensitive: definition.sensitive ?? false,
    destyled: definition.destyled ?? false,
    ...(definition.languages ? { languages: Object.freeze([...new Set(definition.languages)]) } : {}),
    parseOptions(input: unknown): z.output<Schema> {
      if (!schema) {
        if (input !== undefined && !(typeof input === 'object' && input !== null && Object.keys(input).length === 0)) {
          throw new z.ZodError([{ code: 'custom', path: [], message: 'this rule takes no options', input }]);
        }
        return {} as z.output<Schema>;
      }
      return schema.parse(input ?? {}) as z.output<Schema>;
    },
    check: definition.check as (ctx: RuleContext<z.output<Schema>>) => void,
  });
}
