// confidentiality/code-name: the organisation's code names and internal terms (`terms.confidential`),
// written as phrases, plurals, possessives, hashtags (#ProjectKestrel) or URL slugs (project-kestrel).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { escapeRegExp, termPattern } from '../../src/text/terms.js';
import { mutatedForms } from '../../src/text/lang-checks.js';

interface Compiled {
  phrase: RegExp;
  /** Multi-word terms joined up: `ProjectKestrel`, `project-kestrel`, `project_kestrel`. */
  joined?: RegExp;
}

// Settings are fixed per linter, so the patterns are compiled once per distinct term list.
const cache = new Map<string, Compiled>();

function compile(configured: readonly string[]): Compiled {
  const key = configured.join('\u0000');
  let c = cache.get(key);
  if (!c) {
    // (Each term also in the initial mutations of Welsh and Irish: "Thionscadal Réalta" is "Tionscadal Réalta".)
    const terms = [...new Set(configured.flatMap(mutatedForms))];
    const multi = terms.map((t) => t.trim().split(/\s+/)).filter((w) => w.length > 1);
    const joined = multi.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${multi
            .sort((a, b) => b.join('').length - a.join('').length)
            .map((w) => w.map(escapeRegExp).join('[-_]?'))
            .join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : undefined;
    c = { phrase: termPattern(terms, { inflections: true }), ...(joined ? { joined } : {}) };
    cache.set(key, c);
  }
  return c;
}

export default defineRule({
  id: 'confidentiality/code-name',
  category: 'confidentiality',
  description: 'Code names and internal terms listed in `terms.confidential`, in any case, plural or possessive, as hashtags or in links.',
  docs: {
    rationale:
      'Project and operation code names are internal: they reveal work that has not been announced and invite questions the organisation is not ready to answer. List them in `terms.confidential`.',
    flagged: ['Great progress on Project Kestrel today!', 'Follow #ProjectKestrel for updates.'],
    clean: ['A kestrel was spotted hovering over the country park.'],
  },
  defaultSeverity: 'error',
  topics: ['confidential-information'],
  options: z.object({}).strict(),
  check(ctx) {
    const terms = ctx.settings.terms.confidential;
    if (terms.length === 0) return;
    const { phrase, joined } = compile(terms);
    const { prose, text, bodyOffset } = ctx.doc;
    const hits: Array<[number, number]> = [];
    const push = (s: number, e: number): void => {
      if (!hits.some(([a, b]) => s < b && a < e)) hits.push([s, e]);
    };
    phrase.lastIndex = 0;
    for (const m of prose.matchAll(phrase)) push(m.index, m.index + m[0].length);
    if (joined) {
      joined.lastIndex = 0;
      for (const m of prose.matchAll(joined)) if (!/\s/.test(m[0])) push(m.index, m.index + m[0].length);
    }
    // Link destinations and image sources are blanked in the prose view but still published.
    for (const l of [...ctx.doc.links, ...ctx.doc.images]) {
      const src = text.slice(l.offset, l.endOffset);
      for (const re of joined ? [phrase, joined] : [phrase]) {
        re.lastIndex = 0;
        for (const m of src.matchAll(re)) {
          const s = l.offset + m.index;
          if (prose.slice(s, s + m[0].length) === m[0]) continue;
          push(s, s + m[0].length);
        }
      }
    }
    hits.sort((a, b) => a[0] - b[0]);
    for (const [s, e] of hits) {
      if (s < bodyOffset) continue;
      ctx.report({
        offset: s,
        endOffset: e,
        message: `"${text.slice(s, e)}" is a confidential code name or internal term: do not use it in public posts.`,
      });
    }
  },
});
