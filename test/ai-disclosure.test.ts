// Unit tests for the ai-disclosure rules' frontmatter- and config-driven behaviour, and their shared code
// (src/text/ai-labels.ts, src/text/placeholders.ts). Fixture drafts live in fixtures/ai-disclosure/.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, createLinter, Document, type ConfigInput, type Finding } from '../src/index.js';
import { aiInvolved, findAiLabels, hasAiLabel } from '../src/text/ai-labels.js';
import { findPlaceholders } from '../src/text/placeholders.js';
import { dist, expectFinishes } from './bounded.js';

const fixtureConfig = (rule: string): ConfigInput =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ai-disclosure', rule, 'config.json'), 'utf8')) as ConfigInput;

async function findings(text: string, config: ConfigInput = {}, ruleId?: string): Promise<Finding[]> {
  const linter = await createLinter(config);
  const result = await linter.lintAsync(text);
  expect(result.error).toBeUndefined();
  return result.findings.filter((f) => (ruleId ? f.ruleId === ruleId : f.category === 'ai-disclosure'));
}

const draft = (ai: string, body = 'Our libraries open until 8pm on weekdays from 1 December.'): string => `---\nplatform: facebook\nai: ${ai}\n---\n\n${body}\n`;

describe('ai-disclosure/undisclosed-ai', () => {
  const id = 'ai-disclosure/undisclosed-ai';

  it('flags an undisclosed AI draft at the frontmatter ai key, citing the jurisdiction', async () => {
    const text = draft('{used: true, role: drafted, reviewedBy: "A. Patel"}');
    const [f] = await findings(text, {}, id);
    expect(f).toBeDefined();
    expect(text.slice(f!.offset, f!.endOffset)).toMatch(/^ai:/);
    expect(f!.citations.map((c) => c.policy)).toContain('uk-ai-playbook');
  });

  it('cites the organisation policy first, then the EU AI Act', async () => {
    const config: ConfigInput = { locale: 'en-IE', policy: { id: 'org-ai', title: 'Riverside AI-use policy', clauses: { 'ai-disclosure': { section: '5.1' } } } };
    const [f] = await findings(draft('{used: true, role: generated, reviewedBy: "A. Patel"}'), config, id);
    expect(f!.citations[0]!.policy).toBe('org-ai');
    expect(f!.citations.some((c) => c.policy === 'eu-ai-act' && c.section === 'Art 50(4)')).toBe(true);
  });

  it('under the EU pack exempts a reviewed draft, unless it is generated', async () => {
    const eu: ConfigInput = { locale: 'en-IE' };
    expect(await findings(draft('{used: true, role: drafted, reviewedBy: "A. Patel"}'), eu, id)).toHaveLength(0);
    expect(await findings(draft('{used: true, role: drafted}'), eu, id)).toHaveLength(1);
    expect(await findings(draft('{used: true, role: generated, reviewedBy: "A. Patel"}'), eu, id)).toHaveLength(1);
    expect(await findings(draft('{used: true, role: generated, reviewedBy: "A. Patel"}'), { extends: ['commslint:recommended', 'commslint:eu'] }, id)).toHaveLength(1);
    // Outside the EU, `always` means every AI draft, reviewed or not.
    expect(await findings(draft('{used: true, role: drafted, reviewedBy: "A. Patel"}'), { locale: 'en-AU' }, id)).toHaveLength(1);
  });

  it('honours disclosure.required', async () => {
    const generated: ConfigInput = { ai: { disclosure: { required: 'generated' } } };
    expect(await findings(draft('{used: true, role: drafted, reviewedBy: "A. Patel"}'), generated, id)).toHaveLength(0);
    expect(await findings(draft('{used: true, role: generated, reviewedBy: "A. Patel"}'), generated, id)).toHaveLength(1);
    expect(await findings(draft('{used: true, role: image, reviewedBy: "A. Patel"}'), generated, id)).toHaveLength(1);
    const never: ConfigInput = { ai: { disclosure: { required: 'never' } } };
    expect(await findings(draft('{used: true, role: generated}'), never, id)).toHaveLength(0);
  });

  it('adds user patterns to the default wordings', async () => {
    const config = fixtureConfig('undisclosed-ai');
    expect(await findings(draft('{used: true, reviewedBy: "A"}', 'Bins out Tuesday. Prepared with our digital assistant.'), config, id)).toHaveLength(0);
    expect(await findings(draft('{used: true, reviewedBy: "A"}', 'Bins out Tuesday. This post was drafted with the help of AI.'), config, id)).toHaveLength(0);
    expect(await findings(draft('{used: true, reviewedBy: "A"}', 'Bins out Tuesday. Prepared by our team.'), config, id)).toHaveLength(1);
  });

  it('reads ai metadata given by the caller instead of frontmatter', async () => {
    const linter = await createLinter({});
    const result = await linter.lintAsync('Bins out Tuesday.', { meta: { ai: { used: true, reviewedBy: 'A' } } });
    expect(result.findings.filter((f) => f.ruleId === id)).toHaveLength(1);
  });

  it('fixes by appending the configured disclosure to the post (the first post of a thread)', async () => {
    const config = fixtureConfig('undisclosed-ai');
    const text = draft('{used: true, reviewedBy: "A. Patel"}');
    const [f] = await findings(text, config, id);
    expect(applyFixes(text, [f!])).toBe(`${text.trimEnd()}\n\nThis post was drafted with the help of AI and checked by our team.\n`);

    const thread = '---\nthread: true\nai: {used: true, reviewedBy: "A"}\n---\n\nFirst post.\n\n---\n\nSecond post.\n';
    const [t] = await findings(thread, {}, id);
    const fixed = applyFixes(thread, [t!]);
    expect(fixed).toContain('First post.\n\nThis post was drafted with the help of AI.\n\n---\n\nSecond post.');
    expect(await findings(fixed, {}, id)).toHaveLength(0);
  });

  it('does not treat a post about AI as a disclosure', async () => {
    expect(await findings(draft('{used: true, reviewedBy: "A"}', 'Spot AI-generated scams: never pay by gift card.'), {}, id)).toHaveLength(1);
  });
});

describe('ai-disclosure/unapproved-tool', () => {
  const id = 'ai-disclosure/unapproved-tool';
  const config = fixtureConfig('unapproved-tool');

  it('matches names ignoring case and spacing, but not a shorter product name', async () => {
    expect(await findings(draft('{used: true, tools: ["microsoft   COPILOT"], reviewedBy: "A"}'), config, id)).toHaveLength(0);
    const [f] = await findings(draft('{used: true, tools: [Copilot], reviewedBy: "A"}'), config, id);
    expect(f!.message).toContain('Microsoft Copilot');
  });

  it('reports each unapproved tool at its own position', async () => {
    const text = draft('{used: true, tools: [Microsoft Copilot, ChatGPT, Copilot], reviewedBy: "A"}');
    const got = await findings(text, config, id);
    expect(got.map((f) => text.slice(f.offset, f.endOffset))).toEqual(['ChatGPT', 'Copilot']);
  });

  it('reports nothing when no tools are approved (no policy configured)', async () => {
    expect(await findings(draft('{used: true, tools: [ChatGPT], reviewedBy: "A"}'), {}, id)).toHaveLength(0);
  });
});

describe('ai-disclosure/human-review', () => {
  const id = 'ai-disclosure/human-review';
  it('requires a reviewer unless requireReview is off', async () => {
    expect(await findings(draft('{used: true}'), {}, id)).toHaveLength(1);
    expect(await findings(draft('{used: true}'), { ai: { requireReview: false } }, id)).toHaveLength(0);
    expect(await findings(draft('{used: false}'), {}, id)).toHaveLength(0);
  });
});

describe('ai-disclosure/ai-media', () => {
  const id = 'ai-disclosure/ai-media';
  const media = (alt: string, body: string): string =>
    `---\nplatform: instagram\nmedia: [{"file": "render.png", "alt": ${JSON.stringify(alt)}, "aiGenerated": true}]\n---\n\n${body}\n`;

  it('does not take "Artist\'s impression" for an AI label', async () => {
    const got = await findings(media("Artist's impression of the new library with a glass front", 'This is how the new Riverside library could look. #NewLibrary'), {}, id);
    expect(got).toHaveLength(1);
    expect(got[0]!.severity).toBe('warning');
  });

  it('accepts a label in the alt text or the post', async () => {
    expect(await findings(media('AI-generated image of the new library', 'How the library could look.'), {}, id)).toHaveLength(0);
    expect(await findings(media('The new library', 'How the library could look. Image generated with AI.'), {}, id)).toHaveLength(0);
    expect(await findings(media('The new library', 'How the library could look. #AIGenerated'), {}, id)).toHaveLength(0);
  });

  it('reports an AI image of a named person as an error, labelled or not', async () => {
    const got = await findings(media('AI image of Councillor Ravi Shah planting a tree', 'Tree planting week starts Monday. AI-generated image.'), {}, id);
    expect(got).toHaveLength(1);
    expect(got[0]!.severity).toBe('error');
    const plain = await findings(media('AI-generated image of Dr Helen Marsh at the clinic', 'Flu clinics open on Monday.'), {}, id);
    expect(plain.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('ai-disclosure/chatbot-leftover', () => {
  const id = 'ai-disclosure/chatbot-leftover';

  it('flags preamble and sign-off with their exact spans, and fixes both away', async () => {
    const text = "Certainly! Here's a friendly post for your council: Our libraries are open late this week, so pop in after work. I hope this helps!\n";
    const got = await findings(text, {}, id);
    expect(got.map((f) => text.slice(f.offset, f.endOffset))).toEqual(["Certainly! Here's a friendly post for your council:", 'I hope this helps!']);
    expect(applyFixes(text, got)).toBe('Our libraries are open late this week, so pop in after work.\n');
  });

  it('removes a preamble that stands on its own line', async () => {
    const text = 'Sure, here is a revised version of your post:\n\nBins are collected a day late next week.\n';
    const got = await findings(text, {}, id);
    expect(applyFixes(text, got)).toBe('Bins are collected a day late next week.\n');
  });

  it('flags chatbot text whether or not the frontmatter admits AI', async () => {
    const text = draft('{used: false}', 'As of my last knowledge update, the tip opens at 8am.');
    expect(await findings(text, {}, id)).toHaveLength(1);
  });

  it('reports template slots unless the slots option is off', async () => {
    const text = 'The consultation closes on [insert date]. Have your say at [link].\n';
    expect((await findings(text, {}, id)).map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(await findings(text, { rules: { [id]: ['error', { slots: false }] } }, id)).toHaveLength(0);
  });

  it('leaves posts about AI and ordinary wordings alone', async () => {
    for (const text of [
      'Join our free workshops on ChatGPT and Copilot at the library.',
      'Spot AI-generated scams: never pay by gift card.',
      'Our AI policy is published at riverside.gov.uk/ai.',
      "Here's how to apply for the household support fund: riverside.gov.uk/support",
      'Option 1: keep the library where it is.\nOption 2: move it to the civic centre.',
      'Feel free to bring a friend along to the walk on Saturday.',
      'Feel free to update your details online and add any information we need.',
      'Feel free to change your appointment online or add a note for the nurse.',
    ]) {
      expect(await findings(text, {}, id), text).toHaveLength(0);
    }
  });

  it('flags an editing instruction left for whoever posts it, whatever it edits', async () => {
    for (const [verb, object, added] of [
      ['adjust', 'the times', 'details about parking'],
      ['tweak', 'the start time', 'more details'],
      ['change', 'the venue name', 'any specifics'],
      ['update', 'the dates', 'your own details'],
    ] as const) {
      const tail = `Feel free to ${verb} ${object} or add ${added}.`;
      const text = `Join us on Saturday at 10am at the community hall. ${tail}`;
      const got = await findings(text, {}, id);
      expect(got.map((f) => text.slice(f.offset, f.endOffset)), text).toEqual([tail]);
    }
  });
});

describe('src/text/ai-labels', () => {
  it('recognises the common English disclosure wordings', () => {
    for (const text of [
      'This post was drafted with the help of AI.',
      'Written with the help of AI.',
      'Created using AI',
      'AI-generated',
      'Generated by AI',
      '#AIGenerated',
      'Road closures this weekend #AI',
      'Image generated with AI (Midjourney)',
      'Made with AI',
      'Drafted with AI assistance',
      'This post was produced using Microsoft Copilot.',
      'We used AI to help write this post.',
    ]) {
      expect(hasAiLabel(text), text).toBe(true);
    }
  });

  it('does not read posts about AI as disclosures', () => {
    for (const text of ['Spot AI-generated scams', 'Join our workshops on ChatGPT and Copilot', 'Our AI policy is published online', 'AI-powered chatbots can be wrong']) {
      expect(hasAiLabel(text), text).toBe(false);
    }
  });

  it('knows the draft\'s own tools, user patterns, and media noun labels', () => {
    expect(hasAiLabel('Drafted using RiverBot', { tools: ['RiverBot'] })).toBe(true);
    expect(hasAiLabel('Drafted using RiverBot')).toBe(false);
    expect(findAiLabels('Checked: machine assisted', { patterns: ['machine assisted'] })).toEqual([{ offset: 9, endOffset: 25 }]);
    expect(hasAiLabel('AI image of the new bridge', { media: true })).toBe(true);
    expect(hasAiLabel('AI image of the new bridge')).toBe(false);
  });

  it('finishes on hostile input (killable child; speed is measured by npm run bench)', () => {
    expectFinishes(`
      import { hasAiLabel } from ${dist('src/text/ai-labels.ts')};
      hasAiLabel('drafted' + ' with the'.repeat(5000), { media: true });
      hasAiLabel('AI-'.repeat(10000), { media: true });
    `);
  });

  it('derives AI involvement from used, role and tools', () => {
    expect(aiInvolved({ used: true })).toBe(true);
    expect(aiInvolved({ tools: ['Microsoft Copilot'] })).toBe(true);
    expect(aiInvolved({ role: 'drafted' })).toBe(true);
    expect(aiInvolved({ used: true, role: 'none' })).toBe(false);
    expect(aiInvolved({ used: false, tools: ['x'] })).toBe(false);
    expect(aiInvolved(undefined)).toBe(false);
  });
});

describe('src/text/placeholders', () => {
  it('finds slots in document order, without overlaps, outside code', () => {
    const doc = new Document('Closes [insert date] at XX:XX. Venue TBC. `{{code}}` {{event}}\n');
    expect(findPlaceholders(doc).map((p) => [p.text, p.what])).toEqual([
      ['[insert date]', 'placeholder'],
      ['XX:XX', 'unfilled time'],
      ['TBC', 'unfinished marker'],
      ['{{event}}', 'template slot'],
    ]);
  });
});
