// Validation of what library callers pass in: a wrong kind of value is an InputError naming the
// argument or key (never a bare TypeError from deep inside a rule).
import { InputError } from '../config/schema.js';
import { draftMetaSchema } from './frontmatter.js';
import { maskEchoedValue } from '../text/shapes.js';

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** Checks `lint(text, options)` arguments; returns the options (undefined becomes `{}`). */
export function checkLintInput<O extends object>(text: unknown, options: O | undefined): O {
  if (typeof text !== 'string') throw new InputError(`text: expected a string (got ${kind(text)})`, 'text');
  if (options === undefined) return {} as O;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new InputError(`options: expected an object (got ${kind(options)})`, 'options');
  const o = options as { path?: unknown; meta?: unknown; reportUnusedDirectives?: unknown };
  if (o.path !== undefined && typeof o.path !== 'string') throw new InputError(`options.path: expected a string (got ${kind(o.path)})`, 'options.path');
  if (o.reportUnusedDirectives !== undefined && typeof o.reportUnusedDirectives !== 'boolean') {
    throw new InputError(`options.reportUnusedDirectives: expected a boolean (got ${kind(o.reportUnusedDirectives)})`, 'options.reportUnusedDirectives');
  }
  if (o.meta !== undefined) {
    if (o.meta === null || typeof o.meta !== 'object' || Array.isArray(o.meta)) throw new InputError(`options.meta: expected an object (got ${kind(o.meta)})`, 'options.meta');
    const parsed = draftMetaSchema.safeParse(o.meta);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = ['meta', ...issue.path.map(String)].join('.');
      const bad = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), o.meta);
      const got = bad === undefined ? '' : ` (got ${maskEchoedValue(JSON.stringify(bad) ?? String(bad), { dates: key === 'meta.publishAt' })})`;
      throw new InputError(`options.${key}: ${issue.message}${got}`, `options.${key}`);
    }
    // The parsed form: `platform: 'Twitter'` becomes `x`, a Date becomes an ISO string.
    return { ...options, meta: parsed.data };
  }
  return options;
}

/** Checks `applyFixes(text, findings)` arguments. */
export function checkFixInput(text: unknown, findings: unknown): void {
  if (typeof text !== 'string') throw new InputError(`text: expected a string (got ${kind(text)})`, 'text');
  if (!Array.isArray(findings)) throw new InputError(`findings: expected an array (got ${kind(findings)})`, 'findings');
}
