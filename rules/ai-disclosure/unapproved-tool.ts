// ai-disclosure/unapproved-tool: an AI tool named in `ai.tools` that the organisation has not approved.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { Range } from '../../src/engine/document.js';

// Names compare case-, width- and spacing-insensitively ("Microsoft  copilot" is "Microsoft Copilot"),
// but a shorter name is a different product: "Copilot" alone could be GitHub or Microsoft 365 Copilot.
const normalise = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\u2010-\u2015-]+/g, ' ')
    .trim();

export default defineRule({
  id: 'ai-disclosure/unapproved-tool',
  category: 'ai-disclosure',
  description: 'Every AI tool in the draft\'s `ai.tools` must be on the organisation\'s approved list (`ai.approvedTools`).',
  docs: {
    rationale:
      'AI-use policies name the tools staff may use, after security, privacy and procurement checks; content made with other tools must not be published ' +
      '(GCS generative AI policy, Australia DTA policy, Canada TBS guide). Names match ignoring case and spacing; a shorter or different product name ' +
      '("Copilot" for "Microsoft Copilot", "ChatGPT Plus" for "ChatGPT") does not match, because it may be another product: name the tool as the list does. ' +
      'With no `ai.approvedTools` configured there is no policy to check against, and the rule reports nothing.',
    flagged: ['---\nai: {used: true, tools: [ChatGPT], reviewedBy: J. Lee}\n---\n(with approvedTools ["Microsoft Copilot"])'],
    clean: ['---\nai: {used: true, tools: [microsoft  copilot], reviewedBy: J. Lee}\n---\n(with approvedTools ["Microsoft Copilot"])'],
  },
  defaultSeverity: 'warning',
  topics: ['ai-governance'],
  options: z.object({}).strict(),
  check(ctx) {
    const approvedList = ctx.settings.ai.approvedTools;
    const ai = ctx.meta.ai;
    if (approvedList.length === 0 || !ai || ai.used === false) return;
    const approved = new Set(approvedList.map(normalise));
    const keyRange = ctx.metaRange('ai.tools');
    const fm = ctx.doc.frontmatter;
    const reported = new Set<string>();
    for (const tool of ai.tools ?? []) {
      const name = normalise(tool);
      if (!name || approved.has(name) || reported.has(name)) continue;
      reported.add(name);
      const similar = approvedList.find((a) => normalise(a).split(' ').includes(name) || name.split(' ').every((w) => normalise(a).includes(w)));
      const hint = similar ? ` If you used ${similar}, name it as the approved list does.` : '';
      ctx.report({
        ...toolRange(ctx.text, tool, keyRange, fm?.endOffset),
        message: `"${tool.trim()}" is not an approved AI tool (approved: ${approvedList.join(', ')}). Use an approved tool or get this one approved.${hint}`,
      });
    }
  },
});

/** The tool's own text in the frontmatter (a whole list item after the `tools` key), else the key's range. */
function toolRange(text: string, tool: string, key: Range, fmEnd: number | undefined): Range {
  if (fmEnd === undefined || key.offset >= fmEnd) return key;
  const area = text.slice(key.offset, fmEnd);
  const item = tool.trim();
  for (let at = area.indexOf(item); at !== -1; at = area.indexOf(item, at + 1)) {
    // A list item starts after "[", ",", "- ", ":" or a quote (spaces allowed), not after another word.
    let b = at - 1;
    while (b >= 0 && (area[b] === ' ' || area[b] === '\t')) b--;
    const before = b < 0 ? '\n' : area[b]!;
    const after = area[at + item.length] ?? '\n';
    if (/[\n\[,"'\-:]/.test(before) && /[\s\],"']/.test(after)) return { offset: key.offset + at, endOffset: key.offset + at + item.length };
  }
  return key;
}
