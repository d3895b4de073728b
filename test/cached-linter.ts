// One linter per locale for a test file's organisation: creating a linter compiles the rule set, which a
// table of hundreds of rows should do once per locale, not once per row.
import { createLinter, type Linter } from '../src/index.js';

export function cachedLinters(organisation: string): (locale: string) => Promise<Linter> {
  const linters = new Map<string, Promise<Linter>>();
  return (locale) => {
    let l = linters.get(locale);
    if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-GB', organisation: { name: organisation } })));
    return l;
  };
}

/**
 * The exact texts one rule reports in a draft (sync `lint`: rule patterns only, no classifier), with the
 * organisation's linter per locale; `reply` lints it as a reply to a resident.
 */
export function ruleSpans(organisation: string, rule: string): (text: string, locale: string, reply?: boolean) => Promise<string[]> {
  const linterFor = cachedLinters(organisation);
  return async (text, locale, reply = false) => {
    const res = (await linterFor(locale)).lint(text, reply ? { meta: { replyTo: '@resident' } } : {});
    // (Once a test file has loaded the model with lintAsync, sync lint judges by meaning too: left out.)
    return res.findings.filter((f) => f.ruleId === rule && !f.message.includes('(judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
  };
}

/**
 * As `ruleSpans`, with `lintAsync` (compromise loaded: the clause checks run) and only the rule's own
 * findings, not the classifier's ("judged by meaning").
 */
export function ruleSpansAsync(organisation: string, rule: string): (text: string, locale: string, reply?: boolean) => Promise<string[]> {
  const linterFor = cachedLinters(organisation);
  return async (text, locale, reply = false) => {
    const res = await (await linterFor(locale)).lintAsync(text, reply ? { meta: { replyTo: '@resident' } } : {});
    return res.findings.filter((f) => f.ruleId === rule && !f.message.includes('(judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
  };
}
