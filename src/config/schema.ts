// The configuration file's schema (DESIGN.md "Configuration"). Strict: an unknown key is an error.
import { z } from 'zod';
import { LOCALES, SEVERITIES, CATEGORIES } from '../types.js';
import { platformSchema } from '../engine/frontmatter.js';
import { checkUserPattern } from '../text/user-pattern.js';
import { maskEchoedValue } from '../text/shapes.js';

export const severitySchema = z.enum(SEVERITIES);

/** `"warning"`, `["error", { ...options }]` or a number 0/1/2 as in ESLint. */
export const ruleEntrySchema = z.union([
  severitySchema,
  z.literal(0).transform(() => 'off' as const),
  z.literal(1).transform(() => 'warning' as const),
  z.literal(2).transform(() => 'error' as const),
  z.tuple([severitySchema]).rest(z.unknown()),
]);

const safePattern = z.string().superRefine((value, ctx) => {
  const problem = checkUserPattern(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A calendar day that exists (2027-02-30 does not): the date part read back from UTC must be the same. */
function realDay(v: string): boolean {
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && !Number.isNaN(Date.parse(v.length > 10 ? v : `${v}T00:00:00Z`));
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO 8601 date')
  .refine(realDay, 'not a real date');

const electionPeriodSchema = z
  .strictObject({ name: z.string(), start: isoDay, end: isoDay })
  .refine((p) => p.end.slice(0, 10) >= p.start.slice(0, 10), { message: 'the period ends before it starts', path: ['end'] });

export const denyTermSchema = z
  .strictObject({
    term: z.string().min(1).optional(),
    pattern: safePattern.optional(),
    message: z.string().optional(),
    category: z.enum(CATEGORIES).optional(),
    severity: severitySchema.optional(),
  })
  .refine((d) => d.term !== undefined || d.pattern !== undefined, 'needs "term" or "pattern"');

export const clauseSchema = z.strictObject({
  section: z.string().optional(),
  summary: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});

export const policySchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  version: z.string().optional(),
  url: z.string().optional(),
  clauses: z.record(z.string(), clauseSchema).optional(),
});

export const rulesSchema = z.record(z.string(), ruleEntrySchema);

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z.union([z.string(), z.array(z.string())]).optional(),
  locale: z.enum(LOCALES).optional(),
  platform: platformSchema.optional(),
  organisation: z
    .strictObject({
      name: z.string().optional(),
      domains: z.array(z.string()).optional(),
      publicContacts: z.array(z.string()).optional(),
    })
    .optional(),
  terms: z
    .strictObject({
      confidential: z.array(z.string().min(1)).optional(),
      allow: z.array(z.string().min(1)).optional(),
      deny: z.array(denyTermSchema).optional(),
    })
    .optional(),
  electionPeriods: z
    .array(electionPeriodSchema)
    .optional(),
  ai: z
    .strictObject({
      approvedTools: z.array(z.string()).optional(),
      requireReview: z.boolean().optional(),
      disclosure: z
        .strictObject({
          required: z.enum(['always', 'generated', 'never']).optional(),
          patterns: z.array(safePattern).optional(),
          text: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  policy: policySchema.optional(),
  rules: rulesSchema.optional(),
  overrides: z
    .array(
      z.strictObject({
        files: z.union([z.string(), z.array(z.string())]),
        excludedFiles: z.union([z.string(), z.array(z.string())]).optional(),
        platform: platformSchema.optional(),
        locale: z.enum(LOCALES).optional(),
        rules: rulesSchema.optional(),
      }),
    )
    .optional(),
  ignores: z.array(z.string()).optional(),
  /** Findings shown per rule per draft before a summary finding stands for the rest (0: no limit). */
  maxFindingsPerRule: z.number().int().min(0).optional(),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type RuleEntry = z.output<typeof ruleEntrySchema>;

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly keyPath?: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A bad value as an error shows it: cut short, and through the shared masker for echoed values. */
function describeValue(v: unknown, keyPath: string): string {
  const s = JSON.stringify(v) ?? String(v);
  const shown = s.length > 80 ? `${s.slice(0, 77)}...` : s;
  return maskEchoedValue(shown, { dates: /^electionPeriods\.\d+\.(?:start|end)$/.test(keyPath) });
}

/** Formats the first zod issue as `key path: problem (got value)`. */
export function describeIssue(error: z.ZodError, input: unknown, prefix = ''): { message: string; keyPath: string } {
  const issue = error.issues[0]!;
  let path = issue.path.map(String);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    path = [...path, maskEchoedValue(key)];
    message = `unknown key "${maskEchoedValue(key)}"`;
  }
  const keyPath = [prefix, ...path].filter(Boolean).join('.');
  const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), input);
  const got = issue.code === 'unrecognized_keys' || value === undefined ? '' : ` (got ${describeValue(value, keyPath)})`;
  return { message: `${keyPath || '(root)'}: ${message}${got}`, keyPath };
}

/** Thrown when a library entry gets input of the wrong kind; `key` names the argument or key. */
export class InputError extends TypeError {
  constructor(
    message: string,
    readonly key: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

// Keys that a plain object cannot hold as data: assigning them changes the prototype instead, so a
// schema would silently drop them (`rules.__proto__`).
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first own key in `value` (at any depth) that names a prototype slot. */
function prototypeKey(value: unknown, path: string[] = [], depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 32) return undefined;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key) && !Array.isArray(value)) return [...path, key].join('.');
    const inner = prototypeKey((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

export function parseConfig(input: unknown, file?: string): Config {
  const bad = prototypeKey(input);
  if (bad) throw new ConfigError(`Invalid config${file ? ` in ${file}` : ''}: ${bad}: "${bad.split('.').pop()}" cannot be used as a key`, bad, file);
  const result = configSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const { message, keyPath } = describeIssue(result.error, input);
  throw new ConfigError(`Invalid config${file ? ` in ${file}` : ''}: ${message}`, keyPath, file);
}
