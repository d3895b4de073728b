// ai-disclosure/ai-media: attached media marked `aiGenerated` need a label readers see; a generated image of
// a real, named person is an error.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { Range } from '../../src/engine/document.js';
import type { MediaMeta } from '../../src/types.js';
import { hasAiLabel } from '../../src/text/ai-labels.js';
import { findNameCandidates, findPersonNames, looksLikePersonName } from '../../src/text/names.js';

// A capitalised word after the first one: the cheap prefilter before name detection runs on alt text.
const CAPITALISED_LATER = /[\p{L}\p{N},;:]\s+\p{Lu}/u;
// Office holders are real people too: "AI image of Mayor Jane Smith" (but "Mayor Street" is a place).
const OFFICE_NAME =
  /(?<![\p{L}\p{N}])(?:Cllr|Councillor|Mayor|Senator|Minister|Premier|Governor|President|Prime Minister|Chief Constable|Sheriff|Commissioner)\.?\s+(\p{Lu}[\p{Ll}'’-]{1,20})(?:\s+(\p{Lu}[\p{Ll}'’-]{1,20}))?/u;
const PLACE_WORDS = new Set('Street Road Lane Avenue Park Square School College Hospital Centre Center Hall Bridge Way Drive Place Gardens Green Court House Building Station Library Walk Close Crescent Terrace Hill'.split(' '));

type Nlp = (text: string) => { people(): { json(): Array<{ text: string }> } };

export default defineRule({
  id: 'ai-disclosure/ai-media',
  category: 'ai-disclosure',
  description: 'Media marked `aiGenerated` need an AI label in the post or in their alt text; an AI-generated image of a real, named person is an error.',
  docs: {
    rationale:
      'Readers must be able to tell a generated picture, video or voice from a real one (EU AI Act Art 50(4) deepfakes; UK, Canadian and Australian AI transparency guidance). ' +
      'A label counts in the post text or in that item\'s alt text ("AI-generated image of …", "Image created with AI", "#AIGenerated"). ' +
      '"Artist\'s impression" or "render" alone does not say that AI made it. ' +
      'A generated image of a real, named person (named in its alt text, or in a post whose item has no alt text) is reported as an error whether labelled or not: it can mislead and needs their consent.',
    flagged: ['---\nmedia: [{file: render.png, alt: "Artist\'s impression of the new library", aiGenerated: true}]\n---\nThis is how the new library could look.'],
    clean: ['---\nmedia: [{file: render.png, alt: "AI-generated image of the new library", aiGenerated: true}]\n---\nThis is how the new library could look.'],
  },
  defaultSeverity: 'warning',
  topics: ['ai-transparency'],
  options: z.object({}).strict(),
  check(ctx) {
    const media = ctx.meta.media ?? [];
    if (!media.some((m) => m.aiGenerated === true)) return;
    const { doc } = ctx;
    const options = { patterns: ctx.settings.ai.disclosure.patterns, tools: [...(ctx.meta.ai?.tools ?? []), ...ctx.settings.ai.approvedTools], media: true };
    const body = doc.prose.slice(doc.bodyOffset);
    const postLabelled = hasAiLabel(body, options) || doc.images.some((i) => hasAiLabel(i.alt, options));
    let postNames: string[] | undefined;

    for (const item of media) {
      if (item.aiGenerated !== true) continue;
      const alt = (item.alt ?? '').trim();
      const labelled = postLabelled || (alt !== '' && hasAiLabel(alt, options));
      const what = item.type === 'video' ? 'video' : item.type === 'audio' ? 'audio' : 'image';
      const range = mediaRange(ctx.text, item, ctx.metaRange('media'), doc.frontmatter?.endOffset);
      const load = (): Nlp | undefined => ctx.load('compromise') as Nlp | undefined;
      let names: string[];
      if (alt) names = namesIn(alt, load);
      else {
        postNames ??= [
          ...(findPersonNames(ctx, doc.bodyOffset, doc.text.length, { includeOfficeHolders: true }) ?? []).map((n) => n.text).filter(looksLikePersonName),
          ...findNameCandidates(doc.prose, doc.bodyOffset).map((n) => n.text),
        ];
        names = postNames;
      }
      if (names.length > 0) {
        ctx.report({
          ...range,
          severity: 'error',
          message: `AI-generated ${what} of a real, named person: do not publish synthetic ${what === 'image' ? 'images' : what} of real people without their consent, and always label them as AI-generated.`,
        });
        continue;
      }
      if (labelled) continue;
      ctx.report({
        ...range,
        message: `This ${what}${item.file ? ` (${item.file})` : ''} is AI-generated but nothing tells readers: say so in the post or its alt text (e.g. "AI-generated image of …").`,
      });
    }
  },
});

/** Names of people in alt text: compromise when loaded (after a cheap capitalisation prefilter), else the heuristic. */
function namesIn(alt: string, load: () => Nlp | undefined): string[] {
  const office = OFFICE_NAME.exec(alt);
  if (office && !PLACE_WORDS.has(office[2] ?? office[1]!)) return [office[0]];
  if (!CAPITALISED_LATER.test(alt) && !/^\p{Lu}\S*\s+\p{Lu}/u.test(alt)) return [];
  const found = findNameCandidates(alt).map((n) => n.text);
  if (found.length) return found;
  const nlp = load();
  if (!nlp) return [];
  return nlp(alt)
    .people()
    .json()
    .map((p) => p.text.trim().replace(/(?<![.,;:!?])[.,;:!?]+$/u, ''))
    .filter((t) => looksLikePersonName(t));
}

/** The item's line in the frontmatter (its `file`, else its alt text), else the `media` key. */
function mediaRange(text: string, item: MediaMeta, key: Range, fmEnd: number | undefined): Range {
  if (fmEnd === undefined || key.offset >= fmEnd) return key;
  const area = text.slice(key.offset, fmEnd);
  for (const value of [item.file, item.alt]) {
    if (!value) continue;
    const at = area.indexOf(value);
    if (at !== -1) return { offset: key.offset + at, endOffset: key.offset + at + value.length };
  }
  return key;
}
