// The configuration file's schema (DESIGN.md "Configuration"). Strict: an unknown key is an error.
import { z } from 'zod';
import { LOCALES, SEVERITIES, CATEGORIES } from '../types.js';
import { platformSchema } from '../engine/frontmatter.js';
import { checkUserPattern } from '../text/user-pattern.js';

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

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO 8601 date');

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
    .array(z.strictObject({ name: z.string(), start: isoDay, end: isoDay }))
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

function describeValue(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Formats the first zod issue as `key path: problem (got value)`. */
export function describeIssue(error: z.ZodError, input: unknown, prefix = ''): { message: string; keyPath: string } {
  const issue = error.issues[0]!;
  let path = issue.path.map(String);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    path = [...path, key];
    message = `unknown key "${key}"`;
  }
  const keyPath = [prefix, ...path].filter(Boolean).join('.');
  const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), input);
  const got = issue.code === 'unrecognized_keys' || value === undefined ? '' : ` (got ${describeValue(value)})`;
  return { message: `${keyPath || '(root)'}: ${message}${got}`, keyPath };
}

export function parseConfig(input: unknown, file?: string): Config {
  const result = configSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const { message, keyPath } = describeIssue(result.error, input);
  throw new ConfigError(`Invalid config${file ? ` in ${file}` : ''}: ${message}`, keyPath, file);
}
