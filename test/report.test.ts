// Formatters: every format from the library's `format()`, on results from the real engine (probe rules
// plus whatever built-in rules exist), SARIF validated against the vendored SARIF 2.1.0 schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { format, FORMATS, type FormatName, type LintResult } from '../src/index.js';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { escapeXml } from '../src/report/junit.js';
import { escapeCell } from '../src/report/markdown.js';
import { pathToUri, toSarif } from '../src/report/sarif.js';
import { redactResults } from '../src/engine/redact.js';
import { probeResults, SECRET_VALUES, DRAFT } from './report-helpers.js';

const cwd = '/repo';

function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('./fixtures-data/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
  // The schema's language pattern is not valid in unicode mode (as in the published schema).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // ajv-formats is not a dependency: the three formats the schema uses, checked strictly enough.
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => {
    if (/\s/.test(s)) return false;
    try {
      new URL(s, 'file:///base/');
      return true;
    } catch {
      return false;
    }
  });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('format registry', () => {
  it('offers all six DESIGN.md formats from the browser-safe library', () => {
    expect([...FORMATS].sort()).toEqual(['github', 'json', 'junit', 'markdown', 'sarif', 'stylish']);
  });
  it('rejects an unknown format', () => {
    expect(() => format([], 'xml' as FormatName)).toThrow(/Unknown format "xml"/);
  });
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rules, citations and regions', async () => {
    const results = await probeResults();
    const out = format(results, 'sarif', { cwd });
    const log = JSON.parse(out);
    const validate = sarifValidator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);

    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('commslint');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['tone/test-shout', 'personal-data/test-probe', 'platform/test-line']));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(rule.properties.citations.length).toBeGreaterThan(0);
      expect(rule.properties.citations[0].title).toBeTruthy();
    }
    const shout = run.tool.driver.rules.find((r: { id: string }) => r.id === 'tone/test-shout');
    expect(shout.defaultConfiguration.level).toBe('warning');
    expect(shout.properties.fixable).toBe(true);

    // Results point at their rule and carry both line/column and character regions.
    const first = run.results.find((r: { ruleId: string }) => r.ruleId === 'tone/test-shout');
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('tone/test-shout');
    expect(first.level).toBe('warning');
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'drafts/library%20opening.md', uriBaseId: '%SRCROOT%' });
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 4, charOffset: 0, charLength: 3 });
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 0, charLength: 3 }, insertedContent: { text: 'wow' } });
    const info = run.results.find((r: { ruleId: string }) => r.ruleId === 'platform/test-line');
    expect(info.level).toBe('note');

    // The suppressed finding stays, marked as suppressed in source with the directive's reason.
    const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions[0]).toEqual({ kind: 'inSource', status: 'accepted', justification: 'published with consent' });

    // A file that could not be linted is a tool notification and makes the run unsuccessful.
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^drafts\/binary\.md: binary file/);
  });

  it('validates with no results and with the built-in rules on a real draft', async () => {
    const validate = sarifValidator();
    expect(validate(JSON.parse(format([], 'sarif')))).toBe(true);
    const { lint } = await import('../src/index.js');
    const r = await lint('Doors open at XX:XX on [insert date]. Call 07911 123456.\n', { path: 'a.md', config: { extends: ['commslint:strict'] } });
    const log = toSarif([r]);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'a.md' });
  });

  it('the vendored schema rejects an invalid log (the validation is real)', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    const log = toSarif([]);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('turns paths into URI references', () => {
    expect(pathToUri('drafts/a b#1.md')).toEqual({ uri: 'drafts/a%20b%231.md', absolute: false });
    expect(pathToUri('/srv/x y/a.md')).toEqual({ uri: 'file:///srv/x%20y/a.md', absolute: true });
    expect(pathToUri('C:\\drafts\\a.md')).toEqual({ uri: 'file:///C:/drafts/a.md', absolute: true });
  });
});

describe('github', () => {
  it('writes one escaped workflow command per finding, at the right level', async () => {
    const out = format(await probeResults(), 'github', { cwd });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::warning file=drafts/library opening.md,line=1,col=1,endLine=1,endColumn=4,title=tone/test-shout::Shouting: "WOW" in capitals. (' + lines[0]!.split('. (')[1],
    );
    const notice = lines.find((l) => l.startsWith('::notice '))!;
    expect(notice).toMatch(/title=platform\/test-line::/);
    // The message's newline and literal %0A cannot end the command or inject another one.
    expect(notice).toContain('newlines %250A.');
    expect(notice).toContain('and%0Anewlines');
    expect(lines.filter((l) => l.startsWith('::error ')).some((l) => l.includes('title=personal-data/test-probe'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::error file=drafts\/binary\.md,title=commslint%3A file not linted::binary file/);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) /);
  });
  it('escapes data and properties like @actions/core', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('dir,with:colon\n')).toBe('dir%2Cwith%3Acolon%0A');
  });
  it('prints nothing for clean results', () => {
    expect(format([], 'github')).toBe('');
  });
});

describe('junit', () => {
  it('has one testsuite per file and one failure per finding', async () => {
    const results = await probeResults();
    const out = format(results, 'junit', { cwd });
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="commslint"')).toBe(true);
    const suites = [...out.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)].map((m) => m.slice(1));
    expect(suites).toEqual([
      ['drafts/library opening.md', String(results[0]!.findings.length), String(results[0]!.findings.length), '0'],
      ['drafts/clean.md', '1', '0', '0'],
      ['drafts/binary.md', '1', '0', '1'],
    ]);
    expect(out.match(/<failure /g)).toHaveLength(results[0]!.findings.length);
    expect(out).toContain('type="warning"');
    expect(out).toContain('&lt;b&gt;check&lt;/b&gt;');
    expect(out).toContain('and&#10;newlines');
    // Well-formed enough for CI parsers: balanced elements.
    const opens = (out.match(/<(testsuites|testsuite|testcase|failure|error)[\s>]/g) ?? []).length;
    const selfClosed = (out.match(/\/>/g) ?? []).length;
    const closes = (out.match(/<\/(testsuites|testsuite|testcase|failure|error)>/g) ?? []).length;
    expect(opens).toBe(closes + selfClosed);
  });
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(escapeXml('a<b>&"c"\u0001\uD800', true)).toBe('a&lt;b&gt;&amp;&quot;c&quot;\uFFFD\uFFFD');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('markdown', () => {
  it('summarises for a pull-request comment with an escaped table', async () => {
    const out = format(await probeResults(), 'markdown', { cwd });
    expect(out).toMatch(/^### \u274C commslint\n\n\d+ problems \(\*\*2 errors\*\*, 1 warning, 1 info\) in 3 drafts\./);
    expect(out).toContain('can be fixed automatically with `commslint --fix`');
    expect(out).toContain('| Severity | File | Rule | Message | Policy |');
    expect(out).toContain('`drafts/library opening.md:1:1`');
    expect(out).toContain('&lt;b&gt;check&lt;/b&gt; \\| pipes');
    expect(out).toContain('1 draft could not be linted.');
    // Every table row has exactly the header's five cells (escaped pipes do not split).
    for (const row of out.split('\n').filter((l) => l.startsWith('| '))) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });
  it('says so when there is nothing to report', () => {
    expect(format([{ path: 'a.md', findings: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, suppressed: [], meta: { platform: 'x', lang: 'en-GB' } }], 'markdown')).toBe('### \u2705 commslint\n\nNo problems found in 1 draft.\n');
  });
  it('escapes cells', () => {
    expect(escapeCell('a|b\n*c* [x](y) <img>')).toBe('a\\|b \\*c\\* \\[x\\](y) &lt;img&gt;');
  });
  it('stays under the comment size limit', async () => {
    const [r] = await probeResults();
    const many: LintResult[] = Array.from({ length: 400 }, (_, i) => ({ ...r!, path: `drafts/file-${i}.md` }));
    const out = format(many, 'markdown');
    expect(out.length).toBeLessThan(65_536);
    expect(out).toMatch(/more rows not shown/);
  });
});

describe('stylish', () => {
  it('aligns columns, shows citations and a summary with fixable counts', async () => {
    const out = format(await probeResults(), 'stylish', { cwd });
    const lines = out.split('\n');
    expect(lines[0]).toBe('drafts/library opening.md');
    const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    // The severity and message columns start at the same place on every row of a file.
    const sevCol = rows.map((l) => l.search(/(error|warning|info) /));
    expect(new Set(sevCol).size).toBe(1);
    expect(out).toContain('\u21b3 ');
    expect(out).toContain('(fixable)');
    expect(out).toContain('drafts/binary.md\n  error  binary file');
    expect(out).toMatch(/\u2716 \d+ problems \(2 errors, 1 warning, 1 info\), 1 file could not be linted/);
    expect(out).toContain('0 errors and 1 warning potentially fixable with the `--fix` option.');
    expect(out).not.toContain('\u001b[');
  });
  it('colours only when asked', async () => {
    const out = format(await probeResults(), 'stylish', { cwd, color: true });
    expect(out).toContain('\u001b[31merror\u001b[39m');
  });
  it('prints nothing for clean results', () => {
    expect(format([], 'stylish')).toBe('');
  });
});

describe('redaction', () => {
  it('masks a sensitive value inside another finding\u2019s excerpt, by offset', async () => {
    const results = await probeResults();
    // The engine already scrubs overlapping excerpts; the formatters' offset-based pass is idempotent on top.
    const line = results[0]!.findings.find((f) => f.ruleId === 'platform/test-line')!;
    expect(line.excerpt).not.toContain(SECRET_VALUES[1]);
    const [red] = redactResults(results);
    const redLine = red!.findings.find((f) => f.ruleId === 'platform/test-line')!;
    for (const raw of SECRET_VALUES) expect(redLine.excerpt).not.toContain(raw);
    expect(redLine.excerpt).toMatch(/^Note: contact Sarah on 07\u2022+56/);
    expect(DRAFT).toContain(SECRET_VALUES[0]);
  });
});
