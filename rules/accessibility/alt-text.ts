// accessibility/alt-text: images without a text alternative (Markdown images and frontmatter `media`),
// alt text that is a file name or starts with "image of", alt text over the platform's limit, and video
// without captions.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { Platform } from '../../src/types.js';
import speechData from '../../src/text/data/media-speech-words.json' with { type: 'json' };
import placeholderData from '../../src/text/data/alt-text-placeholders.json' with { type: 'json' };

// Words saying a video or audio item carries speech or meaningful sound (see the data file).
const SPEECH_WORDS: ReadonlySet<string> = new Set(speechData.words);
// Networks that caption uploads automatically, and description words saying the words are on screen.
const AUTO_CAPTIONS: ReadonlySet<string> = new Set(speechData.autoCaptionPlatforms);
const CAPTION_WORDS: ReadonlySet<string> = new Set(speechData.captionWords);

// Published alt-text limits (characters). Platforms without a documented limit are absent.
const ALT_LIMITS: Partial<Record<Platform, number>> = {
  x: 1000,
  mastodon: 1500,
  bluesky: 2000,
  // LinkedIn's alternative-text field accepts up to 4,000 characters (not enforced below that).
  linkedin: 4000,
};

const FILE_NAME = /^[\w\- .()%~]{1,120}\.(?:jpe?g|png|gif|webp|heic|heif|tiff?|bmp|svg|avif|mp4|mov|webm|m4v)$/i;
const CAMERA_NAME = /^(?:IMG|DSC|DSCN|PXL|Screenshot|Screen Shot|Photo|image)[\s_-]?[\d_ -]{3,40}$/i;
// "Graphic of …" is left alone: it says the image is a designed graphic (text and drawings, not a
// photograph), which W3C's alt decision tree counts as information a reader needs.
const REDUNDANT_START = /^\s*(?:an?\s+)?(?:image|picture|photo|photograph|pic)\s+(?:of|showing|shows)\s+/i;
// Alt texts that only say an image is there ("Image", "photo 2", "llun", "affiche"): see the data file.
const altKey = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/(?<=[^.!:…,;])[.!:…,;]+$/u, '').replace(/\d{1,3}$/u, '').trimEnd().replace(/#$/u, '').trim();
const PLACEHOLDERS: ReadonlySet<string> = new Set(placeholderData.placeholders.map(altKey));
// A text's words for comparing an alt text with the post: letters and digits, lower case, single spaces.
const wordsKey = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const LETTER = /\p{L}/u;
const TAGS_AND_LINKS = /[#＃@][\p{L}\p{M}\p{N}_]+|https?:\/\/\S+/gu;
const VIDEO_FILE = /\.(?:mp4|mov|webm|m4v|avi|mkv)$/i;
const AUDIO_FILE = /\.(?:mp3|m4a|wav|ogg|aac|flac)$/i;

export default defineRule({
  id: 'accessibility/alt-text',
  category: 'accessibility',
  description: 'Images without alt text, alt text that is a file name or says "image of", too-long alt text, video without captions.',
  docs: {
    rationale:
      'People who use screen readers rely on alt text to know what an image shows, and on captions for video (WCAG 1.1.1 and 1.2.2; GCS accessible social media).',
    flagged: ['![](play-park.jpg)', '![IMG_2041.jpg](IMG_2041.jpg)', '![Image of the new library](library.jpg)'],
    clean: ['![Children on the new climbing frame in Church Street play park](play-park.jpg)'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  hasSuggestions: true,
  options: z
    .object({
      /** Override the platform's alt-text limit (characters). */
      maxLength: z.number().int().positive().optional(),
    })
    .strict(),
  check(ctx) {
    const limit = ctx.options.maxLength ?? ALT_LIMITS[ctx.meta.platform];
    // The post's text and its paragraphs, as word keys: alt text pasted from the post repeats it to a
    // screen-reader user instead of describing the image (built only when an alt text has five words).
    let post: ReadonlySet<string> | undefined;
    const postKeys = (): ReadonlySet<string> => {
      if (post) return post;
      const body = ctx.doc.prose.slice(ctx.doc.bodyOffset);
      return (post = new Set([wordsKey(body), ...body.split(/\n[ \t]*\n/).map(wordsKey)].filter((k) => k !== '')));
    };
    const platformName = ctx.options.maxLength ? 'the configured limit' : ctx.meta.platform;

    for (const image of ctx.doc.images) {
      if (ctx.doc.inCode(image.offset)) continue;
      const problem = altProblem(image.alt, image.url, limit, platformName, postKeys);
      if (!problem) continue;
      const range = { offset: image.offset, endOffset: image.endOffset };
      const fix = problem.strip ? altFix(ctx.text, image.offset, image.alt, problem.strip) : undefined;
      ctx.report({ ...range, message: problem.message, suggestions: fix ? [{ message: 'Remove the redundant opening', fix }] : undefined, ...(problem.severity ? { severity: problem.severity } : {}) });
    }

    const media = ctx.meta.media ?? [];
    media.forEach((item, i) => {
      const file = item.file ?? '';
      const type = item.type ?? (VIDEO_FILE.test(file) ? 'video' : AUDIO_FILE.test(file) ? 'audio' : 'image');
      const range = mediaRange(ctx, file, i);
      const label = file ? `"${file}"` : `media item ${i + 1}`;
      if (type === 'video' || type === 'audio') {
        if (item.captions !== true) {
          const what = type === 'video' ? 'Video' : 'Audio';
          const need = type === 'video' ? 'captions' : 'a transcript';
          // Captions not recorded for a video described as showing a scene with no one speaking: it may
          // have no words to caption, so a reminder (info). Stated missing, or speech named, or nothing
          // said about it: the rule's severity.
          // The same when the network captions uploads itself (the reminder is to check them), or when the
          // description says the words are on screen ("with captions explaining the routes").
          const unknown = item.captions === undefined && type === 'video';
          const described = (item.alt ?? '').trim() !== '';
          const quiet =
            unknown &&
            ((described && !mentionsSpeech(`${file} ${item.alt ?? ''}`)) ||
              AUTO_CAPTIONS.has(ctx.meta.platform) ||
              (described && (item.alt ?? '').toLowerCase().split(/[^\p{L}]+/u).some((w) => CAPTION_WORDS.has(w))));
          ctx.report({
            ...range,
            message: quiet
              ? `${what} ${label} does not say whether it has captions: if it has speech or sound that carries meaning, add captions${AUTO_CAPTIONS.has(ctx.meta.platform) ? ' (or check the automatic ones)' : ''} and set \`captions: true\`.`
              : `${what} ${label} has no ${need} (set \`captions: true\` once they are added): people who are deaf or hard of hearing, or watching without sound, miss the content.`,
            ...(quiet ? { severity: 'info' as const } : {}),
          });
        }
        return;
      }
      const problem = altProblem(item.alt ?? '', file, limit, platformName, postKeys, label);
      if (problem) ctx.report({ ...range, message: problem.message, ...(problem.severity ? { severity: problem.severity } : {}) });
    });
  },
});

interface AltProblem {
  message: string;
  severity?: 'info';
  /** Leading words to remove, for a suggestion. */
  strip?: string;
}

function altProblem(
  alt: string,
  url: string,
  limit: number | undefined,
  platformName: string,
  postKeys: () => ReadonlySet<string>,
  label = 'This image',
): AltProblem | undefined {
  const trimmed = alt.trim();
  const subject = label === 'This image' ? label : `Image ${label}`;
  if (trimmed === '') return { message: `${subject} has no alt text: describe what it shows for people who use screen readers.` };
  const base = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  if (FILE_NAME.test(trimmed) || CAMERA_NAME.test(trimmed) || (base !== '' && trimmed.toLowerCase() === base.toLowerCase())) {
    return { message: `${subject} has a file name as alt text ("${trimmed}"): describe what the image shows instead.` };
  }
  if (!LETTER.test(trimmed)) {
    return { message: `${subject} has alt text with no words ("${trimmed}"): describe what the image shows, as emoji and symbols are read by name.` };
  }
  if (PLACEHOLDERS.has(altKey(trimmed))) {
    return { message: `${subject} has "${trimmed}" as alt text, which only says an image is there: describe what it shows.` };
  }
  if (!LETTER.test(trimmed.replace(TAGS_AND_LINKS, ''))) {
    return { message: `${subject} has only hashtags or links as alt text ("${trimmed}"): describe what the image shows.` };
  }
  const key = wordsKey(trimmed);
  if (key.split(' ').length >= 5 && postKeys().has(key)) {
    return { message: `${subject} repeats the post's text as its alt text: describe what the image shows instead, as screen readers read the post already.` };
  }
  const redundant = REDUNDANT_START.exec(trimmed);
  if (redundant) {
    return {
      // "Photo of" says what kind of image it is, as "Graphic of" does (a photo of a missing person is
      // what the post needs): a suggestion. "Image of" and "picture of" say nothing: a warning.
      ...(/photo/i.test(redundant[0]) ? { severity: 'info' as const } : {}),
      message: `Alt text of ${subject.toLowerCase().replace(/^image /, '')} starts with "${redundant[0].trim()}": screen readers already say it is an image, so start with what it shows.`,
      strip: redundant[0],
    };
  }
  if (limit !== undefined && trimmed.length > limit) {
    return { message: `Alt text of ${subject.toLowerCase().replace(/^image /, '')} is ${trimmed.length} characters, over the ${limit}-character limit of ${platformName}: shorten it.` };
  }
  return undefined;
}

function altFix(text: string, imageOffset: number, alt: string, strip: string): { offset: number; endOffset: number; text: string } | undefined {
  // The alt text starts right after "![".
  const at = text.indexOf(alt, imageOffset);
  if (at < 0 || text.slice(imageOffset, imageOffset + 2) !== '![') return undefined;
  const start = at + alt.indexOf(strip.trimStart());
  const rest = alt.slice(alt.indexOf(strip.trimStart()) + strip.trimStart().length);
  const first = rest.charAt(0).toUpperCase();
  return { offset: start, endOffset: start + strip.trimStart().length + 1, text: first };
}

function mediaRange(ctx: { doc: { frontmatter?: { sourceOffset: number; source: string } }; metaRange(key?: string): { offset: number; endOffset: number } }, file: string, index: number): { offset: number; endOffset: number } {
  const fm = ctx.doc.frontmatter;
  if (fm && file) {
    let at = -1;
    let n = 0;
    // The index-th occurrence of the file name (the same file may be listed twice).
    for (let from = 0; n <= index; n++) {
      const found = fm.source.indexOf(file, from);
      if (found < 0) break;
      at = found;
      from = found + 1;
    }
    if (at >= 0) return { offset: fm.sourceOffset + at, endOffset: fm.sourceOffset + at + file.length };
  }
  return ctx.metaRange('media');
}

/** True when a media item's file name or description names speech or meaningful sound. */
function mentionsSpeech(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .some((w) => SPEECH_WORDS.has(w.replace(/&/g, '')));
}
