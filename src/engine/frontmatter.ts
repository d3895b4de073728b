// Frontmatter: YAML parsed with `yaml` (keeping node ranges so errors can name a line) and validated with zod.
import { z } from 'zod';
import { parseDocument, isAlias, isMap, isScalar, isSeq, visit, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { PLATFORMS, type DraftMeta } from '../types.js';
import { maskEchoedValue, maskShapes } from '../text/shapes.js';

const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'expected an ISO 8601 date or date-time',
  )
  .refine((v) => !Number.isNaN(Date.parse(v.replace(' ', 'T'))), 'not a real date');

export const platformSchema = z.preprocess((v) => (typeof v === 'string' ? (v.toLowerCase() === 'twitter' ? 'x' : v.toLowerCase()) : v), z.enum(PLATFORMS));

export const aiMetaSchema = z
  .object({
    used: z.boolean().optional(),
    tools: z.array(z.string()).optional(),
    role: z.enum(['drafted', 'edited', 'translated', 'generated', 'image', 'none']).optional(),
    reviewedBy: z.string().optional(),
  })
  .loose();

export const mediaMetaSchema = z
  .object({
    file: z.string().optional(),
    alt: z.string().optional(),
    aiGenerated: z.boolean().optional(),
    type: z.enum(['image', 'video', 'audio']).optional(),
    captions: z.boolean().optional(),
  })
  .loose();

const langTag = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag');

/** A list `lang` becomes `lang` (the first tag) and `langs` (all of them), so `lang` stays one tag everywhere. */
function withLangs(data: DraftMeta): DraftMeta {
  const lang: unknown = data.lang;
  if (!Array.isArray(lang)) return data;
  return { ...data, lang: lang[0] as string, langs: [...(lang as string[])] };
}

export const draftMetaSchema = z
  .object({
    platform: platformSchema.optional(),
    account: z.string().optional(),
    publishAt: z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), isoDate).optional(),
    replyTo: z.union([z.string(), z.literal(true)]).optional(),
    thread: z.boolean().optional(),
    // One tag, or a list for a bilingual draft (`lang: [cy, en-GB]`, the first the main language).
    lang: z.union([langTag, z.array(langTag).min(1)], { error: 'expected a BCP 47 language tag or a list of them' }).optional(),
    ai: aiMetaSchema.optional(),
    media: z.array(mediaMetaSchema).optional(),
  })
  .loose();

export interface FrontmatterProblem {
  message: string;
  /** Offset into the YAML source (relative to the YAML value's start). */
  offset: number;
  key?: string;
}

export type FrontmatterParse = { ok: true; data: DraftMeta } | { ok: false; problem: FrontmatterProblem };

function nodeAt(root: YamlNode | null, path: readonly PropertyKey[]): YamlNode | null {
  let node: unknown = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) return node as YamlNode;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) return node as YamlNode;
      node = item;
    } else break;
  }
  return (node as YamlNode | null) ?? null;
}

/**
 * A bad value as shown in the error, through the shared masker for echoed values (the message ends up
 * in CI logs and on stderr): secrets, contacts, identifiers, dates of birth and addresses are masked
 * by their shape, plain words kept. Dates stay readable for the one date key, `publishAt`.
 */
function shownValue(value: unknown, key: string): string {
  const json = JSON.stringify(value) ?? String(value);
  const shown = json.length > 80 ? `${json.slice(0, 77)}...` : json;
  return maskEchoedValue(shown, { dates: key === 'publishAt' });
}

// Most frontmatter is a few `key: value` lines (`platform: x`, `account: "@Council"`): those are read
// here without the YAML parser (which costs more than parsing a short post's Markdown). Only values that
// are certainly strings in YAML's core schema qualify: a plain scalar that starts with a letter and has
// no indicator characters, or a double-quoted string without escapes. Anything else (dates, numbers,
// booleans, lists, comments, nesting, duplicates) goes to the YAML parser.
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}): +(?:"([^"\\\x00-\x1f\x7f]*)"|([A-Za-z][A-Za-z0-9 _./@+-]{0,255}?)) *$/;
const YAML_WORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

function simpleMapping(source: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    const value = m[2] ?? m[3]!;
    if (YAML_WORD.test(key) || Object.hasOwn(out, key) || (m[3] !== undefined && YAML_WORD.test(value))) return undefined;
    out[key] = value;
  }
  return out;
}

/** Where the first alias is (an excessive alias count is reported there). */
function firstAliasOffset(doc: YamlDocument): number {
  let at = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

/** Parses and validates frontmatter YAML. Never throws. */
export function parseFrontmatter(source: string): FrontmatterParse {
  try {
    return parseChecked(source);
  } catch (error) {
    // Anything the YAML library throws (rather than lists in doc.errors) is still this file's problem.
    return { ok: false, problem: { message: `invalid YAML: ${(error as Error).message.split('\n')[0]}`, offset: 0 } };
  }
}

function parseChecked(source: string): FrontmatterParse {
  const simple = simpleMapping(source);
  if (simple) {
    const parsed = draftMetaSchema.safeParse(simple);
    if (parsed.success) return { ok: true, data: withLangs(parsed.data as DraftMeta) };
  }
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const first = yamlError.message.split('\n')[0] ?? 'invalid YAML';
    return { ok: false, problem: { message: `invalid YAML: ${maskShapes(first)}`, offset: yamlError.pos[0] } };
  }
  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch (error) {
    // `yaml` refuses to expand more than 100 aliases (a billion-laughs guard) by throwing from toJS.
    return { ok: false, problem: { message: `invalid YAML: ${(error as Error).message.split('\n')[0]}`, offset: firstAliasOffset(doc) } };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { message: 'frontmatter must be a mapping of keys to values', offset: 0 } };
  }
  const parsed = draftMetaSchema.safeParse(value);
  if (parsed.success) return { ok: true, data: withLangs(parsed.data as DraftMeta) };
  const issue = parsed.error.issues[0]!;
  const key = issue.path.map(String).join('.');
  const node = nodeAt(doc.contents, issue.path);
  const bad = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), value);
  return {
    ok: false,
    problem: {
      message: `frontmatter key "${key}": ${issue.message}${bad === undefined ? '' : ` (got ${shownValue(bad, key)})`}`,
      offset: node?.range?.[0] ?? 0,
      key,
    },
  };
}
