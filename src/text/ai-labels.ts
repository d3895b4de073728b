// AI disclosure labels: the wordings a reader recognises as "AI was used to make this" ("drafted with the
// help of AI", "AI-generated image", "#AIGenerated", "produced using Microsoft Copilot"). Shared by the
// ai-disclosure rules that look for a disclosure in a post or a label on AI-generated media.
// Every pattern is linear: literal alternations with bounded repetition, no nested quantifiers.
import { compileUserPattern, type UserPattern } from './user-pattern.js';
import type { Range } from '../engine/document.js';
import { escapeRegExp } from './terms.js';
import { findOtherLanguageDisclosures } from './lang-checks.js';

/** Well-known generative AI products, so "written with ChatGPT" counts as a disclosure. */
export const AI_TOOL_NAMES: readonly string[] = [
  'Microsoft 365 Copilot', 'Microsoft Copilot', 'GitHub Copilot', 'Copilot', 'ChatGPT', 'GPT-4o', 'GPT-4', 'GPT-5', 'OpenAI',
  'Google Gemini', 'Gemini', 'Bard', 'Claude', 'DALL-E', 'DALL·E', 'Midjourney', 'Stable Diffusion', 'Adobe Firefly', 'Firefly',
  'Canva Magic Write', 'Magic Write', 'Magic Media', 'Grammarly', 'Jasper', 'Perplexity', 'Llama', 'Meta AI', 'Mistral', 'Sora',
  'Runway', 'ElevenLabs', 'Synthesia', 'Imagen', 'DeepL', 'Google Translate',
];

// Generic words for AI, as they appear after "with the help of …".
const AI_TERM = String.raw`(?:generative\s+AI|gen\s?AI|A\.I\.|AI|artificial\s+intelligence|large\s+language\s+models?|LLMs?|machine\s+translation)`;
const VERBS =
  'drafted|written|wrote|created|produced|generated|made|prepared|composed|edited|translated|developed|crafted|enhanced|designed|illustrated|rendered|summari[sz]ed|supported|assisted|refined|polished|improved|rewritten|helped|built|animated|voiced|narrated|altered|manipulated';
// Words that may sit between the verb and the tool: "drafted partly with the help of an AI tool".
const CONNECTORS = 'partly|partially|in\\s+part|largely|mostly|entirely|fully|with|by|using|via|through|from|the|help|assistance|support|input|aid|of|an|a|some|use';
// What an "AI-generated …" label may describe; "AI-generated scams" is a post about AI, not a label.
const CONTENT_NOUNS = new Set(
  'image images picture pictures photo photos photograph illustration illustrations graphic graphics video videos audio voice voiceover content text post copy caption captions artwork art imagery render rendering visual visuals summary translation version draft animation footage clip music'.split(' '),
);
// Words that may follow a label without making it an adjective of something else: "AI-generated and reviewed".
const FOLLOWERS = new Set('and or but by with using via from for in on at to then under'.split(' '));
const LABEL_VERBS = 'generated|created|assisted|drafted|written|produced|enhanced|edited|translated|made|powered|altered|manipulated|aided';


const toolAlternation = (tools: readonly string[]): string =>
  [...new Set(tools.map((t) => t.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.split(/\s+/)
      .map(escapeRegExp)
      .join('\\s+'))
    .join('|');

interface LabelPattern {
  re: RegExp;
  /** The match is a "<AI>-<verb>" label: reject it when a word other than a content noun follows. */
  checkNoun?: boolean;
}

function buildPatterns(tools: readonly string[], media: boolean): LabelPattern[] {
  const ai = `(?:${AI_TERM}|${toolAlternation(tools)})`;
  const end = '(?![\\p{L}\\p{N}])';
  const patterns: LabelPattern[] = [
    // "drafted with the help of AI", "created using Microsoft Copilot", "Image generated with AI (Midjourney)".
    { re: new RegExp(`\\b(?:${VERBS})(?:[\\s,]+(?:${CONNECTORS})\\b){1,6}[\\s,]+(?:an?\\s+)?${ai}${end}`, 'giu') },
    // "with AI assistance", "with the support of Copilot", "with help from ChatGPT".
    { re: new RegExp(`\\bwith\\s+(?:the\\s+)?(?:help|assistance|support|aid|input)\\s+(?:of|from)\\s+(?:an?\\s+)?${ai}${end}`, 'giu') },
    { re: new RegExp(`\\bwith\\s+${ai}\\s+(?:assistance|help|support|input)\\b`, 'giu') },
    // "AI-generated", "AI assisted", "Copilot-drafted" (checked: a content noun or no word must follow).
    { re: new RegExp(`(?<![\\p{L}\\p{N}])${ai}[\\s-]?(?:${LABEL_VERBS})${end}`, 'giu'), checkNoun: true },
    // "We used AI to draft this post", "AI was used to help write this".
    { re: new RegExp(`\\b(?:we|I)\\s+used\\s+(?:an?\\s+)?${ai}\\s+(?:tools?\\s+)?(?:to|for|in)\\b`, 'giu') },
    { re: new RegExp(`(?<![\\p{L}\\p{N}])${ai}\\s+(?:tools?\\s+)?(?:was|were|has\\s+been|have\\s+been)\\s+used\\b`, 'giu') },
    // "AI disclosure:", "Disclosure: AI …".
    { re: new RegExp(`\\bAI\\s+disclosure\\b|\\bdisclosure:\\s*${ai}${end}`, 'giu') },
    // Hashtags: #AI, #AIGenerated, #MadeWithAI, #GenAI …
    { re: /#(?:AI|GenAI|AIGenerated|AIGen|GeneratedByAI|GeneratedWithAI|MadeWithAI|CreatedWithAI|AIAssisted|AIArt|AIImage|AIContent|AIDisclosure)(?![\p{L}\p{N}_])/giu },
  ];
  // On media labels, a noun phrase is enough: "AI image of …", "AI illustration".
  if (media) {
    patterns.push({ re: new RegExp(`(?<![\\p{L}\\p{N}])(?:AI|${toolAlternation(tools)})[\\s-](?:image|picture|photo|illustration|render(?:ing)?|artwork|art|graphic|visual|video|animation|mock-?up)s?${end}`, 'giu') });
  }
  return patterns;
}

export interface LabelOptions {
  /** User patterns (config `ai.disclosure.patterns`), checked at config load; matched case-insensitively. */
  patterns?: readonly string[];
  /** Tool names to recognise besides the built-in list (the draft's `ai.tools`, the approved tools). */
  tools?: readonly string[];
  /** Also accept noun labels such as "AI image" (for alt text and media captions). */
  media?: boolean;
}

const cache = new Map<string, { builtin: LabelPattern[]; user: UserPattern[] }>();

function compiled(options: LabelOptions): { builtin: LabelPattern[]; user: UserPattern[] } {
  const tools = [...AI_TOOL_NAMES, ...(options.tools ?? [])];
  const key = JSON.stringify([options.media ?? false, options.tools ?? [], options.patterns ?? []]);
  let c = cache.get(key);
  if (!c) {
    c = { builtin: buildPatterns(tools, options.media ?? false), user: (options.patterns ?? []).map(compileUserPattern) };
    if (cache.size > 64) cache.clear();
    cache.set(key, c);
  }
  return c;
}

/** Ranges (into `text`) of every AI disclosure or label: the built-in wordings plus the user's patterns. */
export function findAiLabels(text: string, options: LabelOptions = {}): Range[] {
  const { builtin, user } = compiled(options);
  const out: Range[] = [];
  for (const { re, checkNoun } of builtin) {
    for (const m of text.matchAll(re)) {
      const endOffset = m.index + m[0].length;
      if (checkNoun) {
        const next = /^[\s-]{0,3}(\p{L}+)/u.exec(text.slice(endOffset, endOffset + 40));
        if (next && !CONTENT_NOUNS.has(next[1]!.toLowerCase()) && !FOLLOWERS.has(next[1]!.toLowerCase())) continue;
      }
      out.push({ offset: m.index, endOffset });
    }
  }
  for (const p of user) {
    for (const m of p.matchAll(text)) out.push({ offset: m.index, endOffset: m.index + m.text.length });
  }
  // The same disclosures in the other languages' words (src/lang/<code>/checks.json).
  for (const d of findOtherLanguageDisclosures(text)) out.push(d);
  return out.sort((a, b) => a.offset - b.offset);
}

/** True when `text` carries an AI disclosure or label. */
export function hasAiLabel(text: string, options: LabelOptions = {}): boolean {
  return findAiLabels(text, options).length > 0;
}

export interface AiUse {
  used?: boolean;
  tools?: string[];
  role?: string;
  reviewedBy?: string;
}

/**
 * True when the draft declares AI involvement in its content: `ai.used: true`, or (without an explicit
 * `used: false`) a role other than `none` or a list of tools. `role: none` means AI played no part in
 * the content (e.g. it was used for research only).
 */
export function aiInvolved(ai: AiUse | undefined): ai is AiUse {
  if (!ai || ai.used === false || ai.role === 'none') return false;
  return ai.used === true || (ai.role !== undefined) || (ai.tools?.length ?? 0) > 0;
}
