// SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers. One run; `tool.driver.rules`
// describes every rule that produced a result (id, short description, help URI, default level, the
// citations of its findings); results carry regions both as line/column (UTF-16 code units, as the run
// declares) and as character offsets. Findings silenced by inline directives are kept as suppressed
// results with the directive's reason as justification. Only messages and fixes are written, never
// the draft's text.
import type { Citation, Finding, LintResult, ReportSeverity, SuppressedFinding } from '../types.js';
import type { Rule } from '../engine/rule.js';
import { builtinRules } from '../../rules/index.js';
import type { FormatOptions } from './index.js';
import { displayPath } from './util.js';
import { INFORMATION_URI, TOOL_NAME, VERSION } from './version.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<ReportSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: ArtifactLocation; region: SarifRegion } }>;
  fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ artifactLocation: ArtifactLocation; replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }> }> }>;
  suppressions?: Array<{ kind: 'inSource'; status: 'accepted'; justification?: string }>;
  properties: { category: string; citations: Citation[]; post?: number };
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri: string;
  help?: { text: string; markdown?: string };
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties: { category: string; tags: string[]; citations: Citation[]; fixable: boolean; sensitive?: boolean };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifReportingDescriptor[] } };
    columnKind: 'utf16CodeUnits';
    originalUriBaseIds?: Record<string, { uri: string }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: SarifLevel; message: { text: string }; locations?: Array<{ physicalLocation: { artifactLocation: ArtifactLocation } }> }> }>;
    results: SarifResult[];
  }>;
}

export interface SarifOptions extends FormatOptions {
  /** Rule metadata for `tool.driver.rules` (default: the built-in rules; plugins can be added). */
  rules?: readonly Rule[];
}

/** A relative path becomes a relative URI reference (each segment percent-encoded); absolute paths become file: URIs. */
export function pathToUri(path: string): ArtifactLocation & { absolute: boolean } {
  const p = path.replace(/\\/g, '/');
  const encode = (s: string): string => s.split('/').map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
  if (/^[A-Za-z]:\//.test(p)) return { uri: `file:///${p.slice(0, 2)}${encode(p.slice(2))}`, absolute: true };
  if (p.startsWith('/')) return { uri: `file://${encode(p)}`, absolute: true };
  return { uri: encode(p.replace(/^\.\//, '')), absolute: false };
}

function dirUri(dir: string): string {
  const { uri } = pathToUri(dir.replace(/\\/g, '/').replace(/\/?$/, '/'));
  return uri;
}

function pascal(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function citationKey(c: Citation): string {
  return `${c.policy}|${c.title}|${c.section ?? ''}`;
}

export function helpUriFor(id: string, rule: Rule | undefined, citations: readonly Citation[]): string {
  return rule?.docs.url ?? citations.find((c) => c.url && /^https?:\/\//.test(c.url))?.url ?? `${INFORMATION_URI}#${id.replace(/\//g, '')}`;
}

export function toSarif(results: readonly LintResult[], options: SarifOptions = {}): SarifLog {
  const known = new Map<string, Rule>();
  for (const r of [...builtinRules, ...(options.rules ?? [])]) known.set(r.id, r);

  // Rules in order of first appearance; citations gathered from the findings (they follow the config's jurisdiction).
  const ruleIndex = new Map<string, number>();
  const descriptors: SarifReportingDescriptor[] = [];
  const ruleCitations = new Map<string, Map<string, Citation>>();
  const describe = (f: Finding): number => {
    let i = ruleIndex.get(f.ruleId);
    if (i === undefined) {
      i = descriptors.length;
      ruleIndex.set(f.ruleId, i);
      const rule = known.get(f.ruleId);
      const level = LEVEL[rule?.defaultSeverity ?? f.severity];
      const d: SarifReportingDescriptor = {
        id: f.ruleId,
        name: pascal(f.ruleId),
        shortDescription: { text: rule?.description ?? f.message },
        helpUri: helpUriFor(f.ruleId, rule, f.citations),
        defaultConfiguration: { level, enabled: true },
        properties: { category: f.category, tags: [TOOL_NAME, f.category], citations: [], fixable: rule?.fixable ?? !!f.fix },
      };
      if (rule?.docs.rationale) d.fullDescription = { text: rule.docs.rationale };
      // The rule's flagged/clean examples stay out (they can look like personal data); `--explain` shows them.
      if (rule) d.help = { text: `${rule.description}${rule.docs.rationale ? `\n\n${rule.docs.rationale}` : ''}\n\nExamples: commslint --explain ${rule.id}` };
      if (rule?.sensitive) d.properties.sensitive = true;
      descriptors.push(d);
      ruleCitations.set(f.ruleId, new Map());
    }
    const cites = ruleCitations.get(f.ruleId)!;
    for (const c of f.citations) if (!cites.has(citationKey(c))) cites.set(citationKey(c), c);
    return i;
  };

  const base = options.cwd ? dirUri(options.cwd) : undefined;
  const artifact = (path: string | undefined): ArtifactLocation => {
    const { uri, absolute } = pathToUri(displayPath(path ?? 'stdin', options.cwd));
    return !absolute && base ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
  };

  const sarifResults: SarifResult[] = [];
  const notifications: SarifLog['runs'][number]['invocations'][number]['toolExecutionNotifications'] = [];
  const add = (f: Finding | SuppressedFinding, location: ArtifactLocation, suppressed: boolean): void => {
    const result: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex: describe(f),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.offset, charLength: f.endOffset - f.offset },
          },
        },
      ],
      properties: { category: f.category, citations: f.citations, ...(f.post !== undefined ? { post: f.post } : {}) },
    };
    if (f.fix) {
      result.fixes = [
        {
          description: { text: f.suggestions?.[0]?.message ?? 'Apply the automatic fix (commslint --fix).' },
          artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: { charOffset: f.fix.offset, charLength: f.fix.endOffset - f.fix.offset }, insertedContent: { text: f.fix.text } }] }],
        },
      ];
    }
    if (suppressed) {
      const reason = (f as SuppressedFinding).reason;
      result.suppressions = [{ kind: 'inSource', status: 'accepted', ...(reason ? { justification: reason } : {}) }];
    }
    sarifResults.push(result);
  };

  for (const r of results) {
    const location = artifact(r.path);
    if (r.error) notifications.push({ level: 'error', message: { text: `${displayPath(r.path, options.cwd)}: ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    for (const f of r.findings) add(f, location, false);
    for (const f of r.suppressed ?? []) add(f, location, true);
  }
  for (const d of descriptors) d.properties.citations = [...ruleCitations.get(d.id)!.values()];

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        ...(base ? { originalUriBaseIds: { '%SRCROOT%': { uri: base } } } : {}),
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly LintResult[], options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(results, options), null, 2);
}
