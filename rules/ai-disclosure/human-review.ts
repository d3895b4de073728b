// ai-disclosure/human-review: AI-assisted drafts need a named person who reviewed them.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { aiInvolved } from '../../src/text/ai-labels.js';

export default defineRule({
  id: 'ai-disclosure/human-review',
  category: 'ai-disclosure',
  description: 'With `ai.requireReview` (the default), a draft made with AI must name the person who reviewed it in `ai.reviewedBy`.',
  docs: {
    rationale:
      'AI-use policies keep a human in the loop: a named person checks AI output for accuracy, tone and bias and owns it before it is published ' +
      '(GCS generative AI policy, UK AI Playbook principle 4, Canada TBS guide "Accountable", EU AI Act Art 50(4) editorial responsibility). ' +
      'Set `ai.requireReview: false` in the config to turn the requirement off. A draft with `ai.role: none` (AI not used for the content) needs no review.',
    flagged: ['---\nai: {used: true, tools: [Microsoft Copilot], role: drafted}\n---\nOur libraries open late this winter.'],
    clean: ['---\nai: {used: true, tools: [Microsoft Copilot], role: drafted, reviewedBy: A. Patel}\n---\nOur libraries open late this winter.'],
  },
  defaultSeverity: 'warning',
  topics: ['ai-governance'],
  options: z.object({}).strict(),
  check(ctx) {
    if (!ctx.settings.ai.requireReview) return;
    const ai = ctx.meta.ai;
    if (!aiInvolved(ai)) return;
    if ((ai.reviewedBy ?? '').trim() !== '') return;
    const range = ctx.metaRange('ai');
    ctx.report({
      offset: range.offset,
      endOffset: range.endOffset,
      message: 'AI was used to make this post but no reviewer is recorded: a person must check it and take responsibility for it (set ai.reviewedBy).',
    });
  },
});
