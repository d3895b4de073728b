// Citation lookup: the organisation's own clauses first (by rule id, then category, then topic), then the
// jurisdiction's pack, then the international baseline for any topic the jurisdiction pack lacks.
import type { Category, Citation, Jurisdiction, Platform } from '../types.js';
import type { Topic } from './topics.js';
import type { PolicyPack, PackCitation } from './packs/types.js';
import { ukPack } from './packs/uk.js';
import { auPack } from './packs/au.js';
import { usPack } from './packs/us.js';
import { caPack } from './packs/ca.js';
import { nzPack } from './packs/nz.js';
import { euPack } from './packs/eu.js';
import { commonPack } from './packs/common.js';

export { TOPICS, type Topic } from './topics.js';
export type { PolicyPack } from './packs/types.js';

export const POLICY_PACKS: Readonly<Record<Jurisdiction, PolicyPack>> = { uk: ukPack, au: auPack, us: usPack, ca: caPack, nz: nzPack, eu: euPack };
export const COMMON_PACK = commonPack;

export interface OrganisationPolicy {
  id: string;
  title: string;
  version?: string;
  url?: string;
  clauses?: Record<string, { section?: string; summary?: string; url?: string; title?: string }>;
}

export interface CitationSubject {
  id: string;
  category: Category;
  topics: readonly Topic[];
}

function key(c: Citation): string {
  return `${c.policy}|${c.section ?? ''}`;
}

/** Every citation that applies to a rule, most specific first. Never empty. */
/** `platform` keeps only the platform-specific citations (e.g. X's counting rules) that apply to the draft. */
export function citationsFor(rule: CitationSubject, jurisdiction: Jurisdiction, policy?: OrganisationPolicy, platform?: Platform): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const push = (entry: PackCitation): void => {
    const { platforms, ...c } = entry;
    if (platforms && !(platform && platforms.includes(platform))) return;
    if (!seen.has(key(c))) {
      seen.add(key(c));
      out.push(c);
    }
  };
  if (policy?.clauses) {
    const clause = policy.clauses[rule.id] ?? policy.clauses[rule.category] ?? rule.topics.map((t) => policy.clauses?.[t]).find(Boolean);
    if (clause) {
      const title = clause.title ?? (policy.version ? `${policy.title} v${policy.version}` : policy.title);
      const c: Citation = { policy: policy.id, title };
      if (clause.section) c.section = clause.section;
      const url = clause.url ?? policy.url;
      if (url) c.url = url;
      if (clause.summary) c.summary = clause.summary;
      push(c);
    }
  }
  const pack = POLICY_PACKS[jurisdiction];
  for (const topic of rule.topics) {
    const cited = pack.topics[topic] ?? commonPack.topics[topic] ?? [];
    for (const c of cited) push(c);
  }
  if (out.length === 0) {
    for (const topic of rule.topics) for (const c of commonPack.topics[topic] ?? []) push(c);
  }
  return out;
}
