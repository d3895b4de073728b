// Registry of the platform rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import length from './length.js';
import hashtagLimit from './hashtag-limit.js';
import mentionLimit from './mention-limit.js';
import linkLimit from './link-limit.js';
import unclickableLink from './unclickable-link.js';
import youtubeCharacters from './youtube-characters.js';
import threadLength from './thread-length.js';
import threadNumbering from './thread-numbering.js';

export const platformRules: Rule[] = [
  length,
  hashtagLimit,
  mentionLimit,
  linkLimit,
  unclickableLink,
  youtubeCharacters,
  threadLength,
  threadNumbering,
];
