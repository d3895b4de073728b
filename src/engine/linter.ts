// The rule runner. It knows the rule contract, never individual rules: it parses a draft once, gives
// every enabled rule the same document, and turns reports into findings (positions, citations,
// masking, directives, `terms.allow`).
import picomatch from 'picomatch/posix.js';
import type { Citation, DraftMeta, Finding, LintResult, Platform, ReportSeverity, SuppressedFinding } from '../types.js';
import { Document, DocumentParseError, frontmatterTags, type Post, type Range } from './document.js';
import { englishLocaleOf, langOfTag, languageHint, languagesOf, inLanguage, spanAt, spansOf, type Lang, type LangSpan } from '../lang/index.js';
import { destyledView, type DestyledView } from '../text/fancy.js';
import type { ReportDescriptor, Rule, RuleContext } from './rule.js';
import { parseDirectives, suppressions, findSuppression, type Suppression } from './directives.js';
import { resolveConfig, toSetting, type ResolvedConfig, type ResolveOptions } from '../config/resolve.js';
import type { Config, ConfigInput } from '../config/schema.js';
import type { Settings } from '../config/settings.js';
import { LOCALE_JURISDICTION } from '../config/settings.js';
import { citationsFor } from '../policy/index.js';
import { mask, scrub } from '../text/mask.js';
import { termPattern, escapeRegExp } from '../text/terms.js';
import { getLoaded, loadModules, type LazyModuleName } from './lazy.js';
import { redactWithText } from './redact.js';
import { checkLintInput } from './input.js';

export interface LintOptions {
  /** Path of the draft (for overrides, reports). */
  path?: string;
  /** Metadata that overrides the frontmatter. */
  meta?: DraftMeta;
  /** Report unused inline directives as warnings. */
  reportUnusedDirectives?: boolean;
}

export interface LinterOptions extends ResolveOptions {
  /** Rules to use instead of the built-in registry (plus `plugins`). */
  rules?: readonly Rule[];
  /** Extra rules added to the registry. */
  plugins?: readonly Rule[];
  /** Directory that override globs and paths are relative to (default: paths as given). */
  basePath?: string;
}

interface ActiveRule {
  rule: Rule;
  severity: ReportSeverity;
  options: unknown;
}

export interface Linter {
  readonly config: ResolvedConfig;
  readonly rules: readonly Rule[];
  /** Lints synchronously with the heavy modules already loaded (rules fall back without them). */
  lint(text: string, options?: LintOptions): LintResult;
  /** Lints, loading any heavy module a rule asks for (only when its prefilter fires), then lints again. */
  lintAsync(text: string, options?: LintOptions): Promise<LintResult>;
  /** True when the path is excluded by the config's `ignores`. */
  isIgnored(path: string): boolean;
}

const MAX_EXCERPT = 200;
const NO_OVERRIDES: ResolvedConfig['overrides'] = [];
const NO_SUPPRESSIONS: readonly Suppression[] = [];

function relative(path: string, base?: string): string {
  let p = path.replace(/\\/g, '/');
  if (base) {
    const b = base.replace(/\\/g, '/').replace(/\/$/, '');
    if (p.startsWith(`${b}/`)) p = p.slice(b.length + 1);
  }
  return p.replace(/^\.\//, '');
}

function globMatcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const m = picomatch(globs, { dot: true, matchBase: globs.every((g) => !g.includes('/')) });
  return (p) => m(p);
}

export function buildLinter(registry: readonly Rule[], input: ConfigInput | Config | undefined, options: LinterOptions = {}): Linter {
  const rules = [...(options.rules ?? registry), ...(options.plugins ?? [])];
  const byId = new Map(rules.map((r) => [r.id, r]));
  if (byId.size !== rules.length) {
    const dup = rules.find((r, i) => rules.findIndex((o) => o.id === r.id) !== i);
    throw new Error(`Duplicate rule id "${dup?.id}"`);
  }
  const config = resolveConfig(input, rules, options);
  const settings = config.settings;
  const ignored = globMatcher(config.ignores);
  const overrideMatchers = config.overrides.map((o) => ({ o, files: globMatcher(o.files), excluded: globMatcher(o.excludedFiles) }));
  const citationCache = new Map<string, Citation[]>();
  const allowPattern = settings.terms.allow.length ? termPattern(settings.terms.allow) : undefined;

  const activeSets = new Map<string, ActiveRule[]>();
  const activeFor = (overrideKey: string, applied: ResolvedConfig['overrides']): ActiveRule[] => {
    const cached = activeSets.get(overrideKey);
    if (cached) return cached;
    const settingsMap = new Map(config.rules);
    for (const o of applied) {
      for (const [id, entry] of Object.entries(o.rules)) {
        const s = toSetting(entry);
        const prev = settingsMap.get(id);
        settingsMap.set(id, { severity: s.severity, options: s.hasOptions ? s.options : prev?.options });
      }
    }
    const active: ActiveRule[] = [];
    for (const [id, s] of settingsMap) {
      if (s.severity === 'off') continue;
      const rule = byId.get(id);
      if (!rule) continue;
      active.push({ rule, severity: s.severity, options: rule.parseOptions(s.options) });
    }
    activeSets.set(overrideKey, active);
    return active;
  };
  const defaultActive = activeFor('', []);

  const citations = (rule: Rule, jurisdiction: Settings['jurisdiction'], platform: Platform): Citation[] => {
    const key = `${rule.id}|${jurisdiction}|${platform}`;
    let c = citationCache.get(key);
    if (!c) {
      c = citationsFor(rule, jurisdiction, settings.policy, platform);
      citationCache.set(key, c);
    }
    return c;
  };

  async function lintAsync(text: string, options?: LintOptions): Promise<LintResult> {
    const lintOptions = checkLintInput(text, options);
    const needs = new Set<LazyModuleName>();
    // The second pass reuses the parsed document (a draft is parsed once; its views are pure functions
    // of the text, and per-document caches of lazy-module results are only filled once the module is loaded).
    const parsed: { doc?: Document } = {};
    const first = run(text, lintOptions, needs, parsed);
    if (needs.size === 0) return first;
    await loadModules(needs);
    return run(text, lintOptions, new Set(), parsed);
  }

  function lint(text: string, options?: LintOptions): LintResult {
    return run(text, checkLintInput(text, options), new Set());
  }

  function run(text: string, lintOptions: LintOptions, needs: Set<LazyModuleName>, parsed: { doc?: Document } = {}): LintResult {
    const rel = lintOptions.path && overrideMatchers.length ? relative(lintOptions.path, options.basePath) : undefined;
    const applied = rel ? overrideMatchers.filter((m) => m.files(rel) && !m.excluded(rel)).map((m) => m.o) : NO_OVERRIDES;
    const active = applied.length ? activeFor(applied.map((o) => config.overrides.indexOf(o)).join(','), applied) : defaultActive;
    const locale = applied.reduce((l, o) => o.locale ?? l, settings.locale);
    const ruleSettings: Settings = locale === settings.locale ? settings : { ...settings, locale, jurisdiction: LOCALE_JURISDICTION[locale] };
    const defaultPlatform = applied.reduce<Platform>((p, o) => o.platform ?? p, settings.platform);

    let doc: Document;
    try {
      doc = parsed.doc ?? new Document(text);
      parsed.doc = doc;
    } catch (error) {
      if (error instanceof DocumentParseError) {
        const meta = { ...lintOptions.meta, platform: lintOptions.meta?.platform ?? defaultPlatform, lang: lintOptions.meta?.lang ?? locale };
        return { path: lintOptions.path, errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, suppressed: [], findings: [], meta, error: error.message };
      }
      throw error;
    }
    // (Key order as with both spread: the result's meta is serialised.)
    const merged: DraftMeta = lintOptions.meta ? { ...doc.frontmatterData, ...lintOptions.meta } : doc.frontmatterData;
    const meta = { ...merged, platform: merged.platform ?? defaultPlatform, lang: merged.lang ?? locale };
    const posts = doc.posts(meta.thread === true);

    // Language spans, computed on first need (the first rule that reads only some languages, or asks).
    const callerTags = lintOptions.meta && (lintOptions.meta.lang !== undefined || lintOptions.meta.langs !== undefined) ? frontmatterTags(lintOptions.meta) : undefined;
    const tags = callerTags ?? frontmatterTags(doc.frontmatterData);
    const hint = languageHint(tags, locale);
    let spans: readonly LangSpan[] | undefined;
    const languageSpans = (): readonly LangSpan[] => (spans ??= doc.languageSpans(hint));
    // The document a rule for some languages reads: the draft itself when all its text is in them, a view
    // with the rest blanked when it mixes languages, none (the rule is skipped) when nothing is in them.
    const languageViews = new Map<string, Document | null>();
    const documentFor = (langs: readonly Lang[]): Document | null => {
      const key = listKey(langs);
      let v = languageViews.get(key);
      if (v === undefined) {
        const all = languageSpans();
        const keep = all.filter((sp) => langs.includes(sp.lang));
        v = keep.length === all.length ? doc : keep.length === 0 ? null : doc.restrictedTo(keep.map((sp) => ({ offset: sp.start, endOffset: sp.end })));
        languageViews.set(key, v);
      }
      return v;
    };
    // English rules of a Welsh, French, Irish or Māori locale read English text of the same region
    // (cy-GB: en-GB spelling), and the English tag of a bilingual draft's list.
    const mainLang = langOfTag(meta.lang) ?? langOfTag(locale) ?? 'en';
    const englishLocale = englishLocaleOf(locale) as typeof locale;
    const englishTag = tags?.find((t) => langOfTag(t) === 'en') ?? englishLocale;
    const englishSettings: Settings = englishLocale === locale ? ruleSettings : { ...ruleSettings, locale: englishLocale };
    const englishMeta = mainLang === 'en' ? meta : { ...meta, lang: englishTag };

    let allowRanges: Range[] | undefined;
    const isAllowed = (r: Range): boolean => {
      if (!allowPattern) return false;
      if (!allowRanges) {
        allowRanges = [];
        allowPattern.lastIndex = 0;
        for (const m of doc.text.matchAll(allowPattern)) allowRanges.push({ offset: m.index, endOffset: m.index + m[0].length });
      }
      return allowRanges.some((a) => r.offset >= a.offset && r.endOffset <= a.endOffset && r.endOffset > r.offset);
    };

    const supp = doc.comments.length ? suppressions(doc, parseDirectives(doc)) : NO_SUPPRESSIONS;
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    const seen = new Set<string>();
    let internalError: string | undefined;
    // The same for every rule: made once per draft.
    const ruleMetaRange = (key?: string): Range => metaRange(doc, key);
    const load: RuleContext['load'] = (name) => {
      const m = getLoaded(name);
      if (!m) needs.add(name);
      return m;
    };

    // The context's helpers that do not depend on the rule: made once per draft (and per de-styled view).
    type Helpers = Pick<RuleContext, 'isAllowed' | 'metaRange' | 'load' | 'languageSpans' | 'spansOf' | 'inLanguage' | 'languageAt'>;
    const docHelpers: Helpers = {
      isAllowed,
      metaRange: ruleMetaRange,
      load,
      languageSpans,
      spansOf: (lang) => spansOf(languageSpans(), lang),
      inLanguage: (range, lang) => inLanguage(languageSpans(), range, lang),
      languageAt: (offset) => spanAt(languageSpans(), offset)?.lang,
    };
    let styledHelpers: Helpers | undefined;
    const viewHelpers = (view: { doc: Document; map: DestyledView }): Helpers =>
      (styledHelpers ??= {
        isAllowed: (r) => isAllowed({ offset: view.map.toOriginal(r.offset), endOffset: view.map.toOriginal(r.endOffset, true) }),
        metaRange: (key) => metaRange(view.doc, key),
        load,
        languageSpans: () => view.doc.languageSpans(hint),
        spansOf: (lang) => spansOf(view.doc.languageSpans(hint), lang),
        inLanguage: (range, lang) => inLanguage(view.doc.languageSpans(hint), range, lang),
        languageAt: (offset) => spanAt(view.doc.languageSpans(hint), offset)?.lang,
      });

    // At most `cap` findings of a rule are built; the rest are counted (and the first located) for one
    // summary finding, so a draft dense with personal data stays cheap to lint and to report.
    const cap = settings.maxFindingsPerRule || Infinity;
    const counts = new Map<Rule, { shown: number; hidden: number; firstHidden?: Range; severity: ReportSeverity }>();
    // A rule runs on the document, or on its de-styled view (`view`), whose reports are mapped back.
    const runRule = ({ rule, severity, options: ruleOptions }: ActiveRule, view?: { doc: Document; map: DestyledView; posts: Post[] }): void => {
      const langs = rule.languages;
      const target = langs && !view ? documentFor(langs) : view ? view.doc : doc;
      if (target === null) return;
      const english = langs !== undefined && langs.includes('en') && !langs.includes(mainLang);
      const helpers = view ? viewHelpers(view) : docHelpers;
      let count = counts.get(rule);
      if (!count) counts.set(rule, (count = { shown: 0, hidden: 0, severity }));
      const tally = count;
      const report = (given: ReportDescriptor): void => {
        const d = view ? fromView(given, view.map) : given;
        const offset = Math.max(0, Math.min(d.offset, text.length));
        const endOffset = Math.max(offset, Math.min(d.endOffset, text.length));
        if (isAllowed({ offset, endOffset })) return;
        if (langs && outsideLanguages(languageSpans(), langs, offset, endOffset)) return;
        if (langs?.includes('en') && endOffset > offset && inLoanword(doc, languageSpans(), offset, endOffset)) return;
        if (d.fix && !rule.fixable) throw new Error(`rule ${rule.id} reported a fix but is not declared fixable`);
        const key = `${rule.id}|${offset}|${endOffset}`;
        if (seen.has(key)) return;
        seen.add(key);
        const s = findSuppression(supp, rule.id, offset);
        if (!s && tally.shown >= cap) {
          tally.hidden++;
          tally.firstHidden ??= { offset, endOffset };
          return;
        }
        const sensitive = d.sensitive ?? rule.sensitive;
        const raw = text.slice(offset, endOffset);
        const start = doc.lines.position(offset);
        const end = doc.lines.position(endOffset);
        let message = d.message;
        let suggestions = d.suggestions;
        let excerpt: string | undefined = raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}\u2026` : raw;
        if (sensitive && raw.trim()) {
          excerpt = mask(raw);
          message = scrub(message, raw);
          suggestions = suggestions?.map((s) => ({ ...s, message: scrub(s.message, raw) }));
        }
        const finding: Finding = {
          ruleId: rule.id,
          category: rule.category,
          severity: d.severity ?? severity,
          message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          offset,
          endOffset,
          ...(excerpt ? { excerpt } : {}),
          citations: citations(rule, ruleSettings.jurisdiction, meta.platform),
          ...(suggestions?.length ? { suggestions } : {}),
          ...(d.fix ? { fix: d.fix } : {}),
          ...(sensitive ? { sensitive: true } : {}),
          ...(d.post !== undefined && posts.length > 1 ? { post: d.post } : {}),
        };
        if (s) suppressed.push({ ...finding, ...(s.directive.reason ? { reason: s.directive.reason } : {}) });
        else {
          findings.push(finding);
          tally.shown++;
        }
      };
      const ctx: RuleContext = {
        id: rule.id,
        doc: target,
        text: view ? view.doc.text : text,
        options: ruleOptions,
        settings: english ? englishSettings : ruleSettings,
        meta: english ? englishMeta : meta,
        posts: view ? view.posts : posts,
        severity,
        report,
        isAllowed: helpers.isAllowed,
        metaRange: helpers.metaRange,
        load,
        languageSpans: helpers.languageSpans,
        spansOf: helpers.spansOf,
        inLanguage: helpers.inLanguage,
        languageAt: helpers.languageAt,
      };
      try {
        rule.check(ctx);
      } catch (error) {
        internalError ??= `internal error in rule ${rule.id}: ${(error as Error).message}`;
      }
    };
    for (const entry of active) runRule(entry);
    // Styled digits and letters (𝟎𝟕𝟗𝟏𝟏 𝟏𝟐𝟑𝟒𝟓𝟔, ＴＥＬ ０７９…) hide personal data from detectors that read
    // plain text: those rules read the de-styled view too (only drafts with fancy text pay for it).
    const styled = active.filter((a) => a.rule.destyled);
    const map = styled.length ? destyledView(text) : undefined;
    if (map) {
      let styledDoc: Document | undefined;
      try {
        styledDoc = new Document(map.text);
      } catch {
        styledDoc = undefined;
      }
      if (styledDoc) {
        const view = { doc: styledDoc, map, posts: styledDoc.posts(meta.thread === true) };
        for (const entry of styled) runRule(entry, view);
      }
    }
    for (const [rule, c] of counts) if (c.firstHidden) findings.push(summaryFinding(doc, rule, c.severity, c.hidden, cap, c.firstHidden, citations(rule, ruleSettings.jurisdiction, meta.platform)));

    if (lintOptions.reportUnusedDirectives) {
      for (const s of supp) {
        if (s.used || s.directive.kind === 'enable') continue;
        const start = doc.lines.position(s.directive.offset);
        const end = doc.lines.position(s.directive.endOffset);
        const names = s.directive.rules.join(', ') || 'all rules';
        findings.push({
          ruleId: 'language/unused-directive',
          category: 'language',
          severity: 'warning',
          message: `Unused commslint directive: nothing to suppress for ${names}.`,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          offset: s.directive.offset,
          endOffset: s.directive.endOffset,
          citations: [{ policy: 'commslint', title: 'commslint inline directives', summary: 'Remove directives that no longer suppress anything.' }],
          fix: wholeLineFix(doc, s.directive.offset, s.directive.endOffset),
        });
      }
    }

    scrubOverlaps(text, findings, suppressed);
    if (findings.length > 1) findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
    let errorCount = 0;
    let warningCount = 0;
    let infoCount = 0;
    let fixableCount = 0;
    for (const f of findings) {
      if (f.severity === 'error') errorCount++;
      else if (f.severity === 'warning') warningCount++;
      else infoCount++;
      if (f.fix) fixableCount++;
    }
    // (Key order kept from earlier versions: results are serialised.)
    const result: LintResult = { path: lintOptions.path, errorCount, warningCount, infoCount, fixableCount, suppressed, findings, meta };
    if (internalError) result.error = internalError;
    // A value a sensitive finding masked is scrubbed from every other finding that covers it too.
    return redactWithText(result, text);
  }

  return {
    config,
    rules,
    lint,
    lintAsync,
    isIgnored: (path) => ignored(relative(path, options.basePath)),
  };
}

// A rule's language list as a key, joined once per list (each rule keeps its own frozen array), not per draft.
const listKeys = new WeakMap<readonly Lang[], string>();
function listKey(langs: readonly Lang[]): string {
  let k = listKeys.get(langs);
  if (k === undefined) listKeys.set(langs, (k = langs.join(',')));
  return k;
}

/** True when the range touches language spans and none of them is in `langs`: not this rule's text. */
function outsideLanguages(spans: readonly LangSpan[], langs: readonly Lang[], offset: number, endOffset: number): boolean {
  const touched = languagesOf(spans, { offset, endOffset });
  return touched.length > 0 && touched.every((l) => !langs.includes(l));
}

/** True when the range lies inside another language's loan word in English text ("whānau", "diolch", "merci"). */
function inLoanword(doc: Document, spans: readonly LangSpan[], offset: number, endOffset: number): boolean {
  const lang = spanAt(spans, offset)?.lang;
  if (lang !== undefined && lang !== 'en') return false;
  return doc.loanwords().some((r) => offset >= r.offset && endOffset <= r.endOffset);
}

/**
 * A report made on the de-styled view, in the original text's offsets. Edits are dropped (their text
 * would be the de-styled one); suggestions keep their advice.
 */
function fromView(d: ReportDescriptor, map: DestyledView): ReportDescriptor {
  const { fix: _fix, suggestions, ...rest } = d;
  const kept = suggestions?.map(({ fix: _f, ...s }) => s);
  return { ...rest, offset: map.toOriginal(d.offset), endOffset: map.toOriginal(d.endOffset, true), ...(kept?.length ? { suggestions: kept } : {}) };
}

/** Removes [offset, endOffset), and its whole line (with the line ending) when nothing else is on it. */
function wholeLineFix(doc: Document, offset: number, endOffset: number): { offset: number; endOffset: number; text: string } {
  const ls = doc.lines.lineStart(offset);
  const le = doc.lines.lineEnd(endOffset);
  if (doc.text.slice(ls, offset).trim() === '' && doc.text.slice(endOffset, le).trim() === '') {
    const next = doc.text.startsWith('\r\n', le) ? le + 2 : le < doc.text.length ? le + 1 : le;
    return { offset: ls, endOffset: next, text: '' };
  }
  return { offset, endOffset, text: '' };
}

/**
 * A finding of another rule (a long sentence, shouting, a placeholder) can cover personal data that a
 * sensitive rule found: each sensitive value is scrubbed from every finding that overlaps it, so no
 * message or excerpt echoes it. Sensitive values are sorted so each finding only visits its neighbours.
 */
function scrubOverlaps(text: string, findings: Finding[], suppressed: SuppressedFinding[]): void {
  if (!findings.some(isSensitive) && !suppressed.some(isSensitive)) return;
  const all: Finding[] = [...findings, ...suppressed];
  const secrets = all.filter((f) => f.sensitive && f.endOffset > f.offset).map((f) => ({ offset: f.offset, endOffset: f.endOffset, raw: text.slice(f.offset, f.endOffset) }));
  if (secrets.length === 0) return;
  secrets.sort((a, b) => a.offset - b.offset);
  const longest = secrets.reduce((n, x) => Math.max(n, x.endOffset - x.offset), 0);
  for (const f of all) {
    if (f.sensitive) continue;
    let lo = 0;
    let hi = secrets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (secrets[mid]!.offset < f.offset - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < secrets.length && secrets[i]!.offset < Math.max(f.endOffset, f.offset + 1); i++) {
      const x = secrets[i]!;
      if (x.endOffset <= f.offset) continue;
      f.message = scrub(f.message, x.raw);
      if (f.excerpt) f.excerpt = scrub(f.excerpt, x.raw);
      if (f.suggestions) f.suggestions = f.suggestions.map((s) => ({ ...s, message: scrub(s.message, x.raw) }));
    }
  }
}

function isSensitive(f: Finding): boolean {
  return !!f.sensitive && f.endOffset > f.offset;
}

/** Range of a frontmatter key (`ai.tools`), else of the frontmatter, else the body start. */
export function metaRange(doc: Document, key?: string): Range {
  const fm = doc.frontmatter;
  if (!fm) return { offset: doc.bodyOffset, endOffset: doc.bodyOffset };
  if (key) {
    const leaf = key.split('.').pop()!;
    const re = new RegExp(`(^|[\\s{,"'])${escapeRegExp(leaf)}["']?\\s*:`, 'm');
    const m = re.exec(fm.source);
    if (m) {
      const s = fm.sourceOffset + m.index + m[1]!.length;
      const lineEnd = doc.lines.lineEnd(s);
      return { offset: s, endOffset: Math.max(s + leaf.length, lineEnd) };
    }
  }
  return { offset: fm.offset, endOffset: Math.min(fm.endOffset, fm.offset + 3) };
}

/**
 * The finding that stands for a rule's findings past the cap, at the first one not shown. It carries no
 * excerpt (the range may hold personal data) and no fix.
 */
function summaryFinding(doc: Document, rule: Rule, severity: ReportSeverity, hidden: number, cap: number, at: Range, citations: Citation[]): Finding {
  const start = doc.lines.position(at.offset);
  const end = doc.lines.position(at.endOffset);
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    message: `${hidden.toLocaleString('en')} more ${hidden === 1 ? 'finding' : 'findings'} of ${rule.id} in this draft not shown (at most ${cap.toLocaleString('en')} per rule; config maxFindingsPerRule).`,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: at.offset,
    endOffset: at.endOffset,
    citations,
  };
}
